namespace ChatBot.Trainer.Quality;

/// <summary>
/// A character n-gram model with interpolated Kneser-Ney smoothing over integer symbols. Each training sequence is
/// read after a start symbol, which is context only and never predicted. The highest order counts n-grams; lower
/// orders count distinct left neighbours (continuation counts), except for n-grams that begin at the start symbol,
/// which have no left neighbour and keep their raw counts. Every order interpolates down to the uniform distribution
/// over the alphabet, so the probabilities over the alphabet sum to 1 for any context.
/// </summary>
public sealed class KneserNeyModel
{
    private readonly int _order;
    private readonly int _alphabetSize;
    // Per order k (index k-1): count of the k-gram "history + symbol", and per history its total and distinct symbols.
    private readonly Dictionary<string, int>[] _counts;
    private readonly Dictionary<string, (int Total, int Types)>[] _histories;
    private readonly double[] _discounts;

    /// <param name="order">Longest n-gram (history of order - 1 symbols).</param>
    /// <param name="alphabet">The symbols that can be predicted; every training symbol must be one of them.</param>
    /// <param name="start">The start symbol: context only, not in <paramref name="alphabet"/>.</param>
    /// <param name="sequences">Training sequences, without the start symbol.</param>
    /// <param name="fixedDiscount">A discount for every order; null estimates one per order as n1 / (n1 + 2 n2).</param>
    public KneserNeyModel(int order, IReadOnlyCollection<int> alphabet, int start, IEnumerable<int[]> sequences, double? fixedDiscount = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        if (alphabet.Contains(start))
        {
            throw new ArgumentException("The start symbol is context only and cannot be in the alphabet.", nameof(start));
        }
        _order = order;
        _alphabetSize = alphabet.Count;
        Start = start;
        _counts = new Dictionary<string, int>[order];
        _histories = new Dictionary<string, (int, int)>[order];
        _discounts = new double[order];
        for (var k = 0; k < order; k++)
        {
            _counts[k] = new Dictionary<string, int>(StringComparer.Ordinal);
            _histories[k] = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        }
        var known = alphabet.ToHashSet();
        // Lower orders count each (left neighbour, n-gram) once: the set of extended n-grams already seen.
        var seenExtensions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sequence in sequences)
        {
            var symbols = new int[sequence.Length + 1];
            symbols[0] = start;
            for (var i = 0; i < sequence.Length; i++)
            {
                if (!known.Contains(sequence[i]))
                {
                    throw new ArgumentException($"Symbol {sequence[i]} is not in the alphabet.", nameof(sequences));
                }
                symbols[i + 1] = sequence[i];
            }
            for (var i = 1; i < symbols.Length; i++)
            {
                for (var k = 1; k <= order && i - k + 1 >= 0; k++)
                {
                    var from = i - k + 1;
                    var gram = Key(symbols, from, k);
                    var raw = k == order || from == 0;
                    if (!raw && !seenExtensions.Add(Key(symbols, from - 1, k + 1)))
                    {
                        continue;
                    }
                    _counts[k - 1][gram] = _counts[k - 1].GetValueOrDefault(gram) + 1;
                }
            }
        }
        for (var k = 0; k < order; k++)
        {
            var ones = 0;
            var twos = 0;
            foreach (var (gram, count) in _counts[k])
            {
                var history = gram[..^1];
                var (total, types) = _histories[k].GetValueOrDefault(history);
                _histories[k][history] = (total + count, types + 1);
                ones += count == 1 ? 1 : 0;
                twos += count == 2 ? 1 : 0;
            }
            _discounts[k] = fixedDiscount ?? (ones > 0 ? Math.Clamp(ones / (ones + 2.0 * twos), 0.05, 0.95) : 0.5);
        }
    }

    public int Order => _order;

    public int Start { get; }

    /// <summary>The discount of each order, lowest first.</summary>
    public IReadOnlyList<double> Discounts => _discounts;

    /// <summary>P(symbol | history); the history is the start symbol followed by the symbols before, and only its last order - 1 count.</summary>
    public double Probability(ReadOnlySpan<int> history, int symbol)
    {
        var used = Math.Min(history.Length, _order - 1);
        var context = history[(history.Length - used)..];
        var probability = 1.0 / _alphabetSize;
        // From the empty history (order 1) up to the longest one.
        for (var k = 1; k <= used + 1; k++)
        {
            var h = Key(context[(used - (k - 1))..]);
            if (!_histories[k - 1].TryGetValue(h, out var seen))
            {
                continue; // An unseen history passes the lower order's estimate through unchanged.
            }
            var count = _counts[k - 1].GetValueOrDefault(h + (char)symbol);
            var d = _discounts[k - 1];
            probability = (Math.Max(count - d, 0) + d * seen.Types * probability) / seen.Total;
        }
        return probability;
    }

    /// <summary>Total bits and number of predicted symbols over sequences scored after the start symbol.</summary>
    public (double Bits, long Symbols) Score(IEnumerable<int[]> sequences)
    {
        var bits = 0.0;
        var symbols = 0L;
        foreach (var sequence in sequences)
        {
            var history = new int[sequence.Length + 1];
            history[0] = Start;
            for (var i = 0; i < sequence.Length; i++)
            {
                bits -= Math.Log2(Probability(history.AsSpan(0, i + 1), sequence[i]));
                history[i + 1] = sequence[i];
                symbols++;
            }
        }
        return (bits, symbols);
    }

    // Symbols are small non-negative ids, so one char each makes an exact, cheap dictionary key.
    private static string Key(int[] symbols, int from, int length) => Key(symbols.AsSpan(from, length));

    private static string Key(ReadOnlySpan<int> symbols)
    {
        var chars = symbols.Length <= 64 ? stackalloc char[symbols.Length] : new char[symbols.Length];
        for (var i = 0; i < symbols.Length; i++)
        {
            chars[i] = checked((char)symbols[i]);
        }
        return new string(chars);
    }
}
