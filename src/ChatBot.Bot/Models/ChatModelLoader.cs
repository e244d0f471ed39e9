using ChatBot.Model;
using ChatBot.Model.Conversation;

namespace ChatBot.Bot.Models;

/// <summary>Loads the project's own model files (<see cref="ChatModel"/>): managed code only, no libtorch.</summary>
public sealed class ChatModelLoader : IModelLoader
{
    public IConversationModel Load(string path) => ChatModel.Load(path);
}
