using ChatBot.Model.Conversation;

namespace ChatBot.Bot.Models;

/// <summary>Outcome of loading the model file: either the model now serving, or why the file was rejected.</summary>
public sealed record ModelLoadResult(bool Loaded, ModelInfo? Info, ModelFileSignature? Signature, string? Problem)
{
    public static ModelLoadResult Success(ModelInfo info, ModelFileSignature? signature) => new(true, info, signature, null);

    public static ModelLoadResult Rejected(ModelFileSignature? signature, string problem) => new(false, null, signature, problem);
}
