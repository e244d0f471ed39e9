using ChatBot.Model.Text;
using static TorchSharp.torch;

namespace ChatBot.Model.Decoding;

/// <summary>
/// Beam search over replies. Hypotheses are ranked by mean log-probability per character (including &lt;eos&gt;),
/// so short replies are not favoured merely for being short. The winner's state is returned with it.
/// </summary>
public static class BeamSearch
{
    public static (List<int> Ids, Tensor[] H, Tensor[] C) Run(
        DecoderStepper stepper, Tensor[] h, Tensor[] c, DecodingOptions options, CancellationToken cancellationToken)
    {
        var width = Math.Max(1, options.BeamWidth);
        var beams = new List<Hypothesis> { new([], 0.0, Vocabulary.BeginOfReply) };
        var finished = new List<(Hypothesis Beam, Tensor[] H, Tensor[] C)>();

        for (var step = 0; step < options.MaxReplyLength && beams.Count > 0; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var logits = stepper.Step(beams.Select(b => (long)b.LastToken).ToArray(), h, c);
            var logProbs = nn.functional.log_softmax(logits, 1).data<float>().ToArray();
            var vocabulary = (int)logits.shape[1];

            var candidates = new List<(int Beam, int Token, double Score)>();
            for (var b = 0; b < beams.Count; b++)
            {
                for (var token = 0; token < vocabulary; token++)
                {
                    if (!TokenSampler.IsForbidden(token))
                    {
                        candidates.Add((b, token, beams[b].Score + logProbs[b * vocabulary + token]));
                    }
                }
            }
            candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : (x.Beam, x.Token).CompareTo((y.Beam, y.Token)));

            var next = new List<Hypothesis>();
            var rows = new List<long>();
            for (var rank = 0; rank < candidates.Count && next.Count < width; rank++)
            {
                var (beam, token, score) = candidates[rank];
                if (token == Vocabulary.EndOfReply)
                {
                    // Only an end ranked among the top `width` candidates finishes a hypothesis, so width 1 is greedy.
                    if (rank < width)
                    {
                        // The state that predicted <eos> is the one carried to the next turn, as in greedy decoding.
                        var row = tensor(new long[] { beam }, int64);
                        finished.Add((beams[beam] with { Score = score }, h.Select(t => t.index_select(0, row)).ToArray(), c.Select(t => t.index_select(0, row)).ToArray()));
                    }
                }
                else
                {
                    next.Add(new Hypothesis([.. beams[beam].Ids, token], score, token));
                    rows.Add(beam);
                }
            }
            if (finished.Count >= width)
            {
                break;
            }
            var index = tensor(rows.ToArray(), int64);
            for (var layer = 0; layer < h.Length; layer++)
            {
                h[layer] = h[layer].index_select(0, index);
                c[layer] = c[layer].index_select(0, index);
            }
            beams = next;
        }

        if (finished.Count > 0)
        {
            var best = finished.MaxBy(f => f.Beam.Score / (f.Beam.Ids.Count + 1))!;
            return (best.Beam.Ids, best.H, best.C);
        }

        // No hypothesis ended within the length limit: take the best one and let the decoder read its last character.
        var bestIndex = Enumerable.Range(0, beams.Count).MaxBy(i => beams[i].Score / beams[i].Ids.Count);
        var keep = tensor(new long[] { bestIndex }, int64);
        var hBest = h.Select(t => t.index_select(0, keep)).ToArray();
        var cBest = c.Select(t => t.index_select(0, keep)).ToArray();
        stepper.Step([beams[bestIndex].LastToken], hBest, cBest);
        return (beams[bestIndex].Ids, hBest, cBest);
    }

    private sealed record Hypothesis(List<int> Ids, double Score, int LastToken);
}
