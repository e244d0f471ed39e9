using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;

namespace ChatBot.Bench.Turns;

/// <summary>Answers with the user's text and a one-number state: the bot's cost per turn without any inference.</summary>
public sealed class EchoModel : IConversationModel
{
    public ModelInfo Info { get; } = new("echo", "echo-v1", DateTimeOffset.UnixEpoch, "none", "", 0, null, null);

    public Reply Respond(ConversationState? state, string userText, DecodingOptions options, CancellationToken cancellationToken = default)
    {
        var turns = (state?.Hidden[0] ?? 0) + 1;
        return new Reply(userText, new ConversationState(Info.Fingerprint, 1, 1, [turns], [0f]));
    }

    public void Dispose()
    {
    }
}
