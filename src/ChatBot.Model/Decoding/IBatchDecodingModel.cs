using ChatBot.Model.Conversation;

namespace ChatBot.Model.Decoding;

/// <summary>A model whose greedy and sampled replies can be generated for many conversations at once.</summary>
public interface IBatchDecodingModel : IConversationModel
{
    /// <summary>A new, empty batch on this model; the caller drives and disposes it on one thread.</summary>
    BatchDecoder CreateBatchDecoder();
}
