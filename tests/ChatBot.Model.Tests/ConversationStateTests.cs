using ChatBot.Model.Conversation;

namespace ChatBot.Model.Tests;

public class ConversationStateTests
{
    private static ConversationState Sample(string fingerprint = "abc123") =>
        new(fingerprint, layers: 2, hiddenSize: 3, [0.1f, -0.2f, 0.3f, 1, 2, 3], [4, 5, 6, -0.5f, 0.25f, 1e-7f]);

    [Fact]
    public void Bytes_round_trip_to_an_equal_state()
    {
        var state = Sample();
        var copy = ConversationState.FromBytes(state.ToBytes(), "abc123");
        Assert.Equal(state.Hidden, copy.Hidden);
        Assert.Equal(state.Cell, copy.Cell);
        Assert.Equal((2, 3, "abc123"), (copy.Layers, copy.HiddenSize, copy.ModelFingerprint));
    }

    [Fact]
    public void A_version_1_state_without_memory_is_still_read()
    {
        var state = Sample();
        var bytes = state.ToBytes();
        // Version 1 is version 2 without the memory header (length 0, attention size 0), with its own checksum.
        var payload = bytes[..^8].ToList();
        payload.RemoveRange(payload.Count - 4, 4);
        payload[4] = 1;
        var v1 = payload.Concat(System.Security.Cryptography.SHA256.HashData(payload.ToArray())[..8]).ToArray();

        var copy = ConversationState.FromBytes(v1, "abc123");

        Assert.Equal(state.Hidden, copy.Hidden);
        Assert.Empty(copy.MemoryTokens);
    }

    [Fact]
    public void A_state_from_another_model_raises_the_mismatch_exception()
    {
        var error = Assert.Throws<ConversationStateMismatchException>(() => ConversationState.FromBytes(Sample("other").ToBytes(), "abc123"));
        Assert.Equal("other", error.ActualFingerprint);
    }

    [Fact]
    public void Garbage_bytes_raise_the_corrupt_state_exception()
    {
        Assert.Throws<CorruptConversationStateException>(() => ConversationState.FromBytes("not a state at all"u8, "abc123"));
    }

    [Fact]
    public void A_truncated_state_raises_the_corrupt_state_exception()
    {
        var bytes = Sample().ToBytes();
        Assert.Throws<CorruptConversationStateException>(() => ConversationState.FromBytes(bytes.AsSpan(0, bytes.Length - 5), "abc123"));
    }

    [Fact]
    public void A_flipped_bit_is_caught_by_the_checksum()
    {
        var bytes = Sample().ToBytes();
        bytes[30] ^= 0x01;
        Assert.Throws<CorruptConversationStateException>(() => ConversationState.FromBytes(bytes, "abc123"));
    }

    [Fact]
    public void Both_failures_are_catchable_as_one_base_exception()
    {
        Assert.ThrowsAny<ConversationStateException>(() => ConversationState.FromBytes(Sample("x").ToBytes(), "abc123"));
        Assert.ThrowsAny<ConversationStateException>(() => ConversationState.FromBytes([1, 2, 3], "abc123"));
    }
}
