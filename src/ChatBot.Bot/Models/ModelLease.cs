using ChatBot.Model.Conversation;

namespace ChatBot.Bot.Models;

/// <summary>The right to use one model until disposed: the model stays alive (even if swapped out) while a lease is open.</summary>
public sealed class ModelLease : IDisposable
{
    private HostedModel? _hosted;

    internal ModelLease(HostedModel hosted) => _hosted = hosted;

    public IConversationModel Model => (_hosted ?? throw new ObjectDisposedException(nameof(ModelLease))).Model;

    /// <summary>A second lease on the same model, for work that may outlive this one (e.g. generation still running after a timeout).</summary>
    public ModelLease Share()
    {
        var hosted = _hosted ?? throw new ObjectDisposedException(nameof(ModelLease));
        // Cannot fail: this lease holds a reference, so the count is above zero.
        if (!hosted.TryRetain())
        {
            throw new InvalidOperationException("The leased model was disposed while leased.");
        }
        return new ModelLease(hosted);
    }

    public void Dispose() => Interlocked.Exchange(ref _hosted, null)?.Release();
}
