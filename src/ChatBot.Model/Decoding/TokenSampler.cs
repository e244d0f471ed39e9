using ChatBot.Model.Text;

namespace ChatBot.Model.Decoding;

/// <summary>Chooses the next character from one row of logits: greedy, or temperature → top-k → top-p sampling.</summary>
public static class TokenSampler
{
    /// <summary>Ids the decoder must never emit: padding, unknown and begin-of-reply.</summary>
    public static bool IsForbidden(int id) => id is Vocabulary.Padding or Vocabulary.Unknown or Vocabulary.BeginOfReply;

    public static int Greedy(ReadOnlySpan<float> logits)
    {
        var best = -1;
        var bestValue = float.NegativeInfinity;
        for (var id = 0; id < logits.Length; id++)
        {
            // Strictly greater: ties go to the lowest id, so greedy decoding is deterministic.
            if (!IsForbidden(id) && logits[id] > bestValue)
            {
                bestValue = logits[id];
                best = id;
            }
        }
        return best;
    }

    public static int Sample(ReadOnlySpan<float> logits, DecodingOptions options, Random random)
    {
        if (options.Temperature <= 0)
        {
            return Greedy(logits);
        }
        var candidates = new List<(int Id, double Weight)>(logits.Length);
        var max = double.NegativeInfinity;
        for (var id = 0; id < logits.Length; id++)
        {
            if (!IsForbidden(id))
            {
                max = Math.Max(max, logits[id] / options.Temperature);
            }
        }
        for (var id = 0; id < logits.Length; id++)
        {
            if (!IsForbidden(id))
            {
                candidates.Add((id, Math.Exp(logits[id] / options.Temperature - max)));
            }
        }
        candidates.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : a.Id.CompareTo(b.Id));
        if (options.TopK > 0 && options.TopK < candidates.Count)
        {
            candidates.RemoveRange(options.TopK, candidates.Count - options.TopK);
        }
        var total = candidates.Sum(c => c.Weight);
        if (options.TopP < 1.0)
        {
            var kept = 0;
            var mass = 0.0;
            while (kept < candidates.Count && mass < options.TopP * total)
            {
                mass += candidates[kept++].Weight;
            }
            candidates.RemoveRange(kept, candidates.Count - kept);
            total = mass;
        }
        var draw = random.NextDouble() * total;
        foreach (var (id, weight) in candidates)
        {
            draw -= weight;
            if (draw < 0)
            {
                return id;
            }
        }
        return candidates[^1].Id;
    }
}
