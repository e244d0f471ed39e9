using ChatBot.Model.Text;

namespace ChatBot.Model.Decoding;

/// <summary>
/// Beam search over replies, on the managed kernel: the hypotheses are the rows of one batch, all attending to the
/// same conversation memory. They are ranked by mean log-probability per character (including &lt;eos&gt;), so short
/// replies are not favoured merely for being short. The winner's state is returned with it.
/// </summary>
public static class BeamSearch
{
    /// <param name="h">Per layer, the state after reading the message [hidden]; replaced by the winner's state.</param>
    /// <param name="c">Likewise for the cell.</param>
    /// <returns>The reply's ids, and whether it was cut at the length limit.</returns>
    public static (List<int> Ids, bool ReachedLimit) Run(DecoderKernel kernel, float[][] h, float[][] c, AttentionMemory memory, DecodingOptions options, CancellationToken cancellationToken)
    {
        var width = Math.Max(1, options.BeamWidth);
        var hidden = kernel.HiddenSize;
        var layers = kernel.Layers;
        var vocabulary = kernel.VocabularySize;
        var workspace = kernel.CreateWorkspace(width);
        var logits = new float[width * kernel.LogitStride];
        var rowsH = NewRows(layers, width * hidden);
        var rowsC = NewRows(layers, width * hidden);
        for (var layer = 0; layer < layers; layer++)
        {
            h[layer].CopyTo(rowsH[layer], 0);
            c[layer].CopyTo(rowsC[layer], 0);
        }
        var beams = new List<Hypothesis> { new([], 0.0, Vocabulary.BeginOfReply) };
        var finished = new List<(Hypothesis Beam, float[][] H, float[][] C)>();
        var tokens = new int[width];
        var logProbabilities = new double[vocabulary];

        for (var step = 0; step < options.MaxReplyLength && beams.Count > 0; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var b = 0; b < beams.Count; b++)
            {
                tokens[b] = beams[b].LastToken;
            }
            kernel.Step(tokens, beams.Count, rowsH, rowsC, logits, workspace, _ => memory, b => beams[b].Ids);

            var candidates = new List<(int Beam, int Token, double Score)>();
            for (var b = 0; b < beams.Count; b++)
            {
                LogSoftmax(logits.AsSpan(b * kernel.LogitStride, vocabulary), logProbabilities);
                for (var token = 0; token < vocabulary; token++)
                {
                    if (!TokenSampler.IsForbidden(token))
                    {
                        candidates.Add((b, token, beams[b].Score + logProbabilities[token]));
                    }
                }
            }
            candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : (x.Beam, x.Token).CompareTo((y.Beam, y.Token)));

            var next = new List<Hypothesis>();
            var sources = new List<int>();
            for (var rank = 0; rank < candidates.Count && next.Count < width; rank++)
            {
                var (beam, token, score) = candidates[rank];
                if (token == Vocabulary.EndOfReply)
                {
                    // Only an end ranked among the top `width` candidates finishes a hypothesis, so width 1 is greedy.
                    if (rank < width)
                    {
                        // The state that predicted <eos> is the one carried to the next turn, as in greedy decoding.
                        finished.Add((beams[beam] with { Score = score }, RowOf(rowsH, beam, hidden), RowOf(rowsC, beam, hidden)));
                    }
                }
                else
                {
                    next.Add(new Hypothesis([.. beams[beam].Ids, token], score, token));
                    sources.Add(beam);
                }
            }
            if (finished.Count >= width)
            {
                break;
            }
            Gather(rowsH, sources, hidden);
            Gather(rowsC, sources, hidden);
            beams = next;
        }

        if (finished.Count > 0)
        {
            var best = finished.MaxBy(f => f.Beam.Score / (f.Beam.Ids.Count + 1))!;
            CopyRows(best.H, h);
            CopyRows(best.C, c);
            return (best.Beam.Ids, false);
        }

        // No hypothesis ended within the length limit: take the best one and let the decoder read its last character.
        var bestIndex = Enumerable.Range(0, beams.Count).MaxBy(i => beams[i].Score / beams[i].Ids.Count);
        var hBest = RowOf(rowsH, bestIndex, hidden);
        var cBest = RowOf(rowsC, bestIndex, hidden);
        kernel.Step([beams[bestIndex].LastToken], 1, hBest, cBest, logits, workspace, _ => memory, _ => beams[bestIndex].Ids);
        CopyRows(hBest, h);
        CopyRows(cBest, c);
        return (beams[bestIndex].Ids, true);
    }

    private static void LogSoftmax(ReadOnlySpan<float> logits, double[] output)
    {
        var max = double.NegativeInfinity;
        foreach (var value in logits)
        {
            max = Math.Max(max, value);
        }
        var total = 0.0;
        foreach (var value in logits)
        {
            total += Math.Exp(value - max);
        }
        var shift = max + Math.Log(total);
        for (var i = 0; i < logits.Length; i++)
        {
            output[i] = logits[i] - shift;
        }
    }

    private static float[][] NewRows(int layers, int length) => Enumerable.Range(0, layers).Select(_ => new float[length]).ToArray();

    private static float[][] RowOf(float[][] rows, int row, int hidden) =>
        rows.Select(layer => layer.AsSpan(row * hidden, hidden).ToArray()).ToArray();

    /// <summary>Row i becomes the old row sources[i].</summary>
    private static void Gather(float[][] rows, List<int> sources, int hidden)
    {
        foreach (var layer in rows)
        {
            var old = (float[])layer.Clone();
            for (var i = 0; i < sources.Count; i++)
            {
                old.AsSpan(sources[i] * hidden, hidden).CopyTo(layer.AsSpan(i * hidden, hidden));
            }
        }
    }

    private static void CopyRows(float[][] from, float[][] to)
    {
        for (var layer = 0; layer < from.Length; layer++)
        {
            from[layer].AsSpan(0, to[layer].Length).CopyTo(to[layer]);
        }
    }

    private sealed record Hypothesis(List<int> Ids, double Score, int LastToken);
}
