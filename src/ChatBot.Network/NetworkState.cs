using static TorchSharp.torch;

namespace ChatBot.Network;

/// <summary>
/// What a batch of conversations carries from turn to turn, as tensors: the LSTM's (h, c) [layers, batch, hidden]
/// and, for a model with attention, its memory of the most recent user characters: their ids [batch, memory]
/// (int64, <see cref="ChatBot.Model.Text.Vocabulary.Padding"/> in empty slots, newest last) and the attention key of each
/// [batch, memory, attention size].
/// </summary>
public sealed record NetworkState(Tensor H, Tensor C, Tensor? MemoryTokens = null, Tensor? MemoryKeys = null)
{
    /// <summary>A state of (h, c) only, for a model without attention.</summary>
    public static implicit operator NetworkState((Tensor H, Tensor C) state) => new(state.H, state.C);

    public void Deconstruct(out Tensor h, out Tensor c) => (h, c) = (H, C);

    /// <summary>The state without links to the graph that computed it (truncated BPTT).</summary>
    public NetworkState Detach() => new(H.detach(), C.detach(), MemoryTokens?.detach(), MemoryKeys?.detach());

    /// <summary>The same tensors, moved out of the current dispose scope to the one around it.</summary>
    public NetworkState MoveToOuterDisposeScope() => new(H.MoveToOuterDisposeScope(), C.MoveToOuterDisposeScope(),
        MemoryTokens?.MoveToOuterDisposeScope(), MemoryKeys?.MoveToOuterDisposeScope());

    /// <summary>The same tensors, taken out of every dispose scope (the caller disposes them).</summary>
    public NetworkState DetachFromDisposeScope() => new(H.DetachFromDisposeScope(), C.DetachFromDisposeScope(),
        MemoryTokens?.DetachFromDisposeScope(), MemoryKeys?.DetachFromDisposeScope());

    /// <summary>Only the batch rows in <paramref name="rows"/> (int64 indices), in that order.</summary>
    public NetworkState Select(Tensor rows) => new(H.index_select(1, rows), C.index_select(1, rows),
        MemoryTokens?.index_select(0, rows), MemoryKeys?.index_select(0, rows));

    /// <summary>This state with the rows <paramref name="rows"/> replaced by <paramref name="update"/>'s rows.</summary>
    public NetworkState Replace(Tensor rows, NetworkState update) => new(H.index_copy(1, rows, update.H), C.index_copy(1, rows, update.C),
        MemoryTokens?.index_copy(0, rows, update.MemoryTokens!), MemoryKeys?.index_copy(0, rows, update.MemoryKeys!));

    /// <summary>Rows whose <paramref name="keep"/> entry is false start afresh: zero (h, c), empty memory.</summary>
    public NetworkState Reset(bool[] keep)
    {
        if (keep.All(k => k))
        {
            return this;
        }
        var rows = keep.Length;
        using var mask = tensor(keep.Select(k => k ? 1f : 0f).ToArray(), [1, rows, 1]);
        using var tokenMask = tensor(keep.Select(k => k ? 1L : 0L).ToArray(), [rows, 1]);
        return new(H * mask, C * mask, MemoryTokens is null ? null : MemoryTokens * tokenMask,
            MemoryKeys is null ? null : MemoryKeys * mask.view(rows, 1, 1));
    }

    public void Dispose()
    {
        H.Dispose();
        C.Dispose();
        MemoryTokens?.Dispose();
        MemoryKeys?.Dispose();
    }
}
