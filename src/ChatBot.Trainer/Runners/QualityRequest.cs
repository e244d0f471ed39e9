namespace ChatBot.Trainer.Runners;

/// <summary>The "quality" command's own options (model and corpus come through the settings).</summary>
/// <param name="ChitChatPaths">ChatterBot YAML files or folders of real chit-chat to score; none = no such row.</param>
public sealed record QualityRequest(
    IReadOnlyList<string> Decodings,
    int Seed,
    string? OutDirectory,
    string ValuesFile,
    int ProbesPerKind,
    int BeamProbesPerKind,
    int BeamDialogues,
    bool TurnMemoryOnly = false,
    IReadOnlyList<string>? ChitChatPaths = null);
