using ChatBot.Model.Decoding;

namespace ChatBot.Model.Conversation;

/// <summary>
/// What the bot needs from a model: one user turn in, the reply and the next recurrent state out.
/// Implementations have no hidden per-conversation side effects; all memory lives in the returned state.
/// </summary>
public interface IConversationModel : IDisposable
{
    ModelInfo Info { get; }

    /// <param name="state">The state returned by the previous turn of this conversation, or null for a new one.</param>
    /// <exception cref="ConversationStateMismatchException">The state was produced by another model.</exception>
    Reply Respond(ConversationState? state, string userText, DecodingOptions options, CancellationToken cancellationToken = default);
}
