using ChatBot.Model.Conversation;

namespace ChatBot.Bot.Inference;

/// <summary>The model's reply, or the reason there is none (then the caller sends the fallback and keeps the old state).</summary>
public sealed record InferenceResult(Reply? Reply, InferenceFailure Failure)
{
    public bool Succeeded => Reply is not null;

    public static InferenceResult Success(Reply reply) => new(reply, InferenceFailure.None);

    public static InferenceResult Failed(InferenceFailure failure) => new(null, failure);
}
