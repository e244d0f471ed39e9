namespace ChatBot.Model.Conversation;

/// <summary>Describes a loaded model for /about, health checks and logs.</summary>
public sealed record ModelInfo(
    string Name,
    string Fingerprint,
    DateTimeOffset CreatedAt,
    string CorpusDescription,
    string CorpusHash,
    long TrainingSteps,
    double? HeldOutBitsPerChar,
    double? ContextGain);
