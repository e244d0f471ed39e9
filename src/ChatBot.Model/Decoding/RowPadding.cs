using System.Globalization;

namespace ChatBot.Model.Decoding;

/// <summary>
/// The batch sizes (row counts) at which a batched computation gives every row exactly the same bits, whatever the
/// other rows are and wherever the row sits. libtorch's matrix products choose their kernel by the number of rows
/// (measured on the project's machine with one thread: one kernel for 1 row, another for 2–3, another for 4 or more;
/// with two threads the split between threads adds more cases), and different kernels round differently. Padding
/// every batch up to a stable size therefore makes a conversation's reply independent of how many others were
/// decoded with it, so batched and single-conversation decoding agree bit for bit.
/// </summary>
public sealed class RowPadding
{
    private readonly int[] stable;
    private readonly int largestProbed;

    /// <param name="stableSizes">Probed sizes found stable, any order; must include <paramref name="largestProbed"/>.</param>
    /// <param name="largestProbed">Sizes above it were not probed and are taken as stable.</param>
    public RowPadding(IEnumerable<int> stableSizes, int largestProbed)
    {
        stable = stableSizes.Distinct().Order().ToArray();
        if (stable.Length == 0 || stable[^1] != largestProbed || stable[0] < 1)
        {
            throw new ArgumentException("The stable sizes must be positive and include the largest probed size.", nameof(stableSizes));
        }
        this.largestProbed = largestProbed;
    }

    /// <summary>No padding: every size is taken as stable.</summary>
    public static RowPadding None { get; } = new([1], 1);

    public IReadOnlyList<int> StableSizes => stable;

    /// <summary>The smallest stable size that holds <paramref name="rows"/> rows.</summary>
    public int PadTo(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        if (rows > largestProbed)
        {
            return rows;
        }
        foreach (var size in stable)
        {
            if (size >= rows)
            {
                return size;
            }
        }
        return rows;
    }

    /// <summary>E.g. "1, 4–64": the stable sizes as ranges of consecutive probed values.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        for (var i = 0; i < stable.Length;)
        {
            var j = i;
            while (j + 1 < stable.Length && stable[j + 1] == stable[j] + 1)
            {
                j++;
            }
            parts.Add(j == i
                ? stable[i].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{stable[i]}–{stable[j]}"));
            i = j + 1;
        }
        return string.Join(", ", parts);
    }
}
