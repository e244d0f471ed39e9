using ChatBot.Model.Decoding;

namespace ChatBot.Model.Tests;

public sealed class RowPaddingTests
{
    // What the probe finds on the project's machine with two threads: 4, 8 and everything from 12.
    private readonly RowPadding padding = new([4, 8, .. Enumerable.Range(12, 21), 40, 48, 56, 64], largestProbed: 64);

    [Theory]
    [InlineData(1, 4)]
    [InlineData(4, 4)]
    [InlineData(5, 8)]
    [InlineData(9, 12)]
    [InlineData(12, 12)]
    [InlineData(33, 40)]
    [InlineData(64, 64)]
    public void A_batch_is_padded_to_the_smallest_stable_size_that_holds_it(int rows, int padded)
    {
        Assert.Equal(padded, padding.PadTo(rows));
    }

    [Fact]
    public void Batches_larger_than_the_probed_sizes_are_not_padded()
    {
        Assert.Equal(65, padding.PadTo(65));
    }

    [Fact]
    public void The_stable_sizes_read_as_ranges()
    {
        Assert.Equal("4, 8, 12–32, 40, 48, 56, 64", padding.ToString());
    }

    [Fact]
    public void Stable_sizes_must_include_the_largest_probed_size()
    {
        Assert.Throws<ArgumentException>(() => new RowPadding([4, 8], largestProbed: 64));
    }
}
