namespace ChatBot.Model.Conversation;

/// <summary>The state is well formed but was produced by a different model (for example before a retraining).</summary>
public sealed class ConversationStateMismatchException(string expectedFingerprint, string actualFingerprint)
    : ConversationStateException($"The conversation state was made by model {actualFingerprint}, not by the loaded model {expectedFingerprint}.")
{
    public string ExpectedFingerprint { get; } = expectedFingerprint;
    public string ActualFingerprint { get; } = actualFingerprint;
}
