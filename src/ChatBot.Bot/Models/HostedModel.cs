using ChatBot.Model.Conversation;

namespace ChatBot.Bot.Models;

/// <summary>
/// A loaded model with a reference count: one reference belongs to the <see cref="ModelHost"/> while the model is
/// current, one to every open <see cref="ModelLease"/>. The model is disposed when the last one is released, so a
/// model swapped out by a reload finishes the turns already running on it.
/// </summary>
internal sealed class HostedModel(IConversationModel model, ModelFileSignature? signature)
{
    private int _references = 1;

    public IConversationModel Model { get; } = model;

    public ModelFileSignature? Signature { get; } = signature;

    public bool IsDisposed => Volatile.Read(ref _references) == 0;

    /// <summary>Adds a reference unless the model is already disposed (a swap can release it at any moment).</summary>
    public bool TryRetain()
    {
        while (true)
        {
            var current = Volatile.Read(ref _references);
            if (current == 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public void Release()
    {
        var remaining = Interlocked.Decrement(ref _references);
        if (remaining == 0)
        {
            Model.Dispose();
        }
        else if (remaining < 0)
        {
            throw new InvalidOperationException("A model reference was released twice.");
        }
    }
}
