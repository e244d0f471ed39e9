using ChatBot.Bot.Models;
using ChatBot.Model.Conversation;

namespace ChatBot.Bench.Turns;

/// <summary>Serves <see cref="EchoModel"/> whatever the model file holds.</summary>
public sealed class EchoModelLoader : IModelLoader
{
    public IConversationModel Load(string path) => new EchoModel();
}
