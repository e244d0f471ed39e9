namespace ChatBot.Training.Loop;

/// <param name="BitsPerChar">Held-out bits per character of the bot's replies, teacher-forced, state carried across turns.</param>
/// <param name="BitsPerCharReset">The same with the state reset before every exchange.</param>
/// <param name="ContextGain">BitsPerCharReset − BitsPerChar; positive means the carried memory helps.</param>
public sealed record EvaluationReport(long Step, double BitsPerChar, double BitsPerCharReset, double ContextGain, bool IsBest);
