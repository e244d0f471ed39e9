using ChatBot.Model.Conversation;

namespace ChatBot.Bot.Models;

/// <summary>Turns a model file into a model ready to converse. The bot's only way to obtain a model.</summary>
public interface IModelLoader
{
    /// <exception cref="Exception">The file is missing, damaged or not a model; the message says which.</exception>
    IConversationModel Load(string path);
}
