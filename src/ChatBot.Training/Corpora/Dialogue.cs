namespace ChatBot.Training.Corpora;

/// <summary>
/// One conversation: turns alternate user, bot, user, bot…, the user speaking first, so an even count of at least two.
/// <see cref="SourceFile"/> and <see cref="Line"/> point at where it came from, for error messages.
/// </summary>
public sealed record Dialogue(IReadOnlyList<string> Turns, string SourceFile = "", int Line = 0)
{
    public int Exchanges => Turns.Count / 2;

    public string UserTurn(int exchange) => Turns[2 * exchange];

    public string BotTurn(int exchange) => Turns[2 * exchange + 1];
}
