namespace ChatBot.Trainer.Quality;

/// <param name="After">Index of the turn whose state this one starts from; -1 for a fresh conversation (no state).</param>
public sealed record ScriptTurn(string Text, int After);
