namespace ChatBot.Trainer.Quality;

/// <summary>One exchange shown in the report: what it was about, the user's turn, the reply and what was expected.</summary>
public sealed record SampleExchange(string Context, string User, string Reply, string Expected);
