namespace ChatBot.Model.Conversation;

/// <summary>Stored state bytes could not be used. Callers catch this and start the conversation afresh.</summary>
public class ConversationStateException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The bytes are not a conversation state at all: wrong magic, unknown version, truncated or damaged.</summary>
public sealed class CorruptConversationStateException(string message, Exception? inner = null)
    : ConversationStateException(message, inner);

/// <summary>The state is well formed but was produced by a different model (for example before a retraining).</summary>
public sealed class ConversationStateMismatchException(string expectedFingerprint, string actualFingerprint)
    : ConversationStateException($"The conversation state was made by model {actualFingerprint}, not by the loaded model {expectedFingerprint}.")
{
    public string ExpectedFingerprint { get; } = expectedFingerprint;
    public string ActualFingerprint { get; } = actualFingerprint;
}
