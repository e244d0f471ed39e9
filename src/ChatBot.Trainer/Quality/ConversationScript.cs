namespace ChatBot.Trainer.Quality;

/// <summary>
/// User turns to play against the model. A turn continues from the state left by an earlier turn
/// (<see cref="ScriptTurn.After"/>), or starts afresh (-1), so one script can branch: the same beginning, then
/// several questions, each from its own point of the conversation.
/// </summary>
public sealed record ConversationScript(IReadOnlyList<ScriptTurn> Turns)
{
    /// <summary>A plain conversation: each turn continues from the one before.</summary>
    public static ConversationScript Linear(IEnumerable<string> userTurns) =>
        new(userTurns.Select((text, i) => new ScriptTurn(text, i - 1)).ToList());
}
