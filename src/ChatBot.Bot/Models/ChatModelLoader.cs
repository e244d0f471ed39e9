using ChatBot.Bot.Configuration;
using ChatBot.Model;
using ChatBot.Model.Conversation;
using ChatBot.Model.Runtime;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Models;

/// <summary>Loads the project's own model files (<see cref="ChatModel"/>), setting up libtorch before the first one.</summary>
public sealed class ChatModelLoader(IOptions<ModelOptions> options) : IModelLoader
{
    private readonly Lock _configureLock = new();
    private bool _runtimeConfigured;

    public IConversationModel Load(string path)
    {
        ConfigureRuntimeOnce();
        return ChatModel.Load(path);
    }

    // Process-wide libtorch settings (thread cap, allocator) must be made once, before the first tensor exists.
    private void ConfigureRuntimeOnce()
    {
        lock (_configureLock)
        {
            if (!_runtimeConfigured)
            {
                TorchRuntime.Configure(options.Value.Threads);
                _runtimeConfigured = true;
            }
        }
    }
}
