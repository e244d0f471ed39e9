using ChatBot.Bot.Models;
using ChatBot.Model.Conversation;

namespace ChatBot.Bot.Tests.Fakes;

/// <summary>
/// Loads <see cref="CountingTestModel"/>s from small text files "name fingerprint" (see <see cref="WriteModelFile"/>);
/// anything else is rejected like a damaged model file. Remembers every model it made.
/// </summary>
public sealed class TestModelLoader : IModelLoader
{
    private readonly List<CountingTestModel> _loaded = [];

    public TestModelBehaviour Behaviour { get; } = new();

    public IReadOnlyList<CountingTestModel> Loaded
    {
        get
        {
            lock (_loaded)
            {
                return _loaded.ToArray();
            }
        }
    }

    public IConversationModel Load(string path)
    {
        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not ["test-model", var name, var fingerprint])
        {
            throw new InvalidDataException($"{path}: not a test model file");
        }
        var model = new CountingTestModel(name, fingerprint, Behaviour);
        lock (_loaded)
        {
            _loaded.Add(model);
        }
        return model;
    }

    /// <summary>Writes a model file atomically (temp file + rename), as the trainer does.</summary>
    public static void WriteModelFile(string path, string name, string fingerprint) =>
        WriteAtomically(path, $"test-model {name} {fingerprint}");

    public static void WriteAtomically(string path, string content)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
