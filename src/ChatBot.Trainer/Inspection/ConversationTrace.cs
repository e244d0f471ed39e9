namespace ChatBot.Trainer.Inspection;

/// <summary>
/// What the network did while a conversation was played through it: every character the encoder read or the decoder
/// wrote, with the gates and cells behind it.
/// </summary>
/// <param name="Layers">LSTM layers (encoder and decoder have the same number).</param>
/// <param name="HiddenSize">Cells per layer.</param>
/// <param name="Turns">The turns in order.</param>
public sealed record ConversationTrace(int Layers, int HiddenSize, IReadOnlyList<TracedTurn> Turns)
{
    /// <summary>All characters, user's and bot's, in the order the network saw or wrote them.</summary>
    public IEnumerable<TracedCharacter> Characters => Turns.SelectMany(turn => turn.User.Concat(turn.Reply));
}
