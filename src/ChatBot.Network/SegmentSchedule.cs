namespace ChatBot.Network;

/// <summary>
/// Plans how to run rows of different lengths through dense LSTM calls without ever feeding padding. A row can
/// only end (or start) where a call ends (or starts), so each row needs a start and an end on the set of call
/// boundaries, exactly its length apart. Starting every row at 0 needs one boundary per distinct length; letting
/// rows start later, at a boundary another row needs anyway, covers the same lengths with far fewer boundaries
/// (32 rows: about 11 calls instead of 27). Each call costs a fixed overhead (oneDNN re-packs the weights on every
/// call, forward and backward), while the rows × steps computed stay the same, so fewer calls is faster.
/// </summary>
internal static class SegmentSchedule
{
    /// <param name="lengths">Each row's length, at least 1.</param>
    /// <returns>The calls in the order they must run; every row runs steps 0 … length−1 exactly once, in order.</returns>
    public static ScheduledCall[] Plan(IReadOnlyList<long> lengths)
    {
        if (lengths.Count == 0 || lengths.Any(length => length < 1))
        {
            throw new ArgumentException("Every row needs a length of at least 1.", nameof(lengths));
        }
        var boundaries = Boundaries(lengths);
        var starts = lengths.Select(length => boundaries.First(b => boundaries.Contains(b + length))).ToArray();
        var ends = lengths.Select((length, row) => starts[row] + length).ToArray();
        var used = starts.Concat(ends).Distinct().Order().ToArray();

        var calls = new List<ScheduledCall>();
        var previous = Array.Empty<int>();
        for (var k = 0; k + 1 < used.Length; k++)
        {
            var (from, to) = (used[k], used[k + 1]);
            var continuing = previous.Where(row => starts[row] < from && ends[row] > from).ToList();
            var starting = Enumerable.Range(0, lengths.Count).Where(row => starts[row] == from).ToList();
            var rows = continuing.Concat(starting).ToArray();
            if (rows.Length == 0)
            {
                previous = rows;
                continue;
            }
            var sources = continuing.Select(row => (long)Array.IndexOf(previous, row))
                .Concat(starting.Select(row => (long)(previous.Length + row))).ToArray();
            var offsets = rows.Select(row => from - starts[row]).ToArray();
            var finishing = Enumerable.Range(0, rows.Length).Where(i => ends[rows[i]] == to).Select(i => (long)i).ToArray();
            calls.Add(new ScheduledCall(to - from, rows, offsets, sources, finishing));
            previous = rows;
        }
        return [.. calls];
    }

    /// <summary>
    /// A small set of boundaries in [0, longest] whose pairwise differences include every length: greedily the
    /// point that covers the most lengths not yet covered (ties: the longest of them, then the earliest point).
    /// Never more boundaries than starting every row at 0 would need.
    /// </summary>
    private static SortedSet<long> Boundaries(IReadOnlyList<long> lengths)
    {
        var distinct = lengths.Distinct().ToHashSet();
        var longest = distinct.Max();
        var boundaries = new SortedSet<long> { 0 };
        var uncovered = new HashSet<long>(distinct);
        while (uncovered.Count > 0)
        {
            var best = -1L;
            var bestCount = 0;
            var bestLongest = 0L;
            for (var point = 1L; point <= longest; point++)
            {
                if (boundaries.Contains(point))
                {
                    continue;
                }
                var count = 0;
                var longestCovered = 0L;
                foreach (var b in boundaries)
                {
                    var length = Math.Abs(point - b);
                    // Two boundaries the same distance either side of the point cover one length, not two.
                    var mirrored = point + length;
                    if (uncovered.Contains(length) && !(b < point && boundaries.Contains(mirrored)))
                    {
                        count++;
                        longestCovered = Math.Max(longestCovered, length);
                    }
                }
                if (count > bestCount || (count == bestCount && longestCovered > bestLongest))
                {
                    (best, bestCount, bestLongest) = (point, count, longestCovered);
                }
            }
            foreach (var b in boundaries)
            {
                uncovered.Remove(Math.Abs(best - b));
            }
            boundaries.Add(best);
        }
        if (boundaries.Count > distinct.Count + 1)
        {
            boundaries = [0, .. distinct];
        }
        return boundaries;
    }
}
