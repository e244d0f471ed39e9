using ChatBot.Model;
using ChatBot.Model.Files;

namespace ChatBot.Trainer.Runners;

/// <summary>Loads a model file for "eval", "chat" and "sample" with a clear message when it is missing or damaged.</summary>
public static class ModelLoader
{
    /// <exception cref="CommandFailedException">No such file, or not a readable model (exit code 1).</exception>
    public static ChatModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw CommandFailedException.DataError($"model not found: {path} (train one with '{TrainerApp.Invocation} train --model {path}')");
        }
        try
        {
            return ChatModel.Load(path);
        }
        catch (ModelFileException exception)
        {
            throw CommandFailedException.DataError($"cannot load the model: {exception.Message}", exception);
        }
    }
}
