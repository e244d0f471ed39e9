using ChatBot.Model.Decoding;
using ChatBot.Model.Files;

namespace ChatBot.Model.Tests;

public sealed class ModelFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-model-").FullName;

    private string SavedModel()
    {
        var path = Path.Combine(_folder, "m.chatbot");
        using var model = TestModels.Untrained();
        model.Save(path);
        return path;
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_fingerprint_and_replies()
    {
        using var original = TestModels.Untrained();
        var path = Path.Combine(_folder, "m.chatbot");
        original.Save(path);
        using var loaded = ChatModel.Load(path);
        Assert.Equal(original.Fingerprint, loaded.Fingerprint);
        var options = DecodingOptions.Greedy with { MaxReplyLength = 30 };
        Assert.Equal(original.Respond(null, "hello", options).Text, loaded.Respond(null, "hello", options).Text);
    }

    [Fact]
    public void Saving_leaves_no_temporary_files_behind()
    {
        SavedModel();
        Assert.Equal(["m.chatbot"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_file_raises_model_file_exception_naming_it()
    {
        var path = Path.Combine(_folder, "absent.chatbot");
        var error = Assert.Throws<ModelFileException>(() => ChatModel.Load(path));
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_truncated_file_raises_model_file_exception()
    {
        var path = SavedModel();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<ModelFileException>(() => ChatModel.Load(path));
        Assert.Contains("truncated or damaged", error.Message);
    }

    [Fact]
    public void A_corrupted_byte_raises_model_file_exception()
    {
        var path = SavedModel();
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        Assert.Throws<ModelFileException>(() => ChatModel.Load(path));
    }

    [Fact]
    public void A_file_of_another_kind_raises_model_file_exception()
    {
        var path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, "this is not a model, just some text that is long enough to have a header");
        var error = Assert.Throws<ModelFileException>(() => ChatModel.Load(path));
        Assert.Contains("not a chat-bot model file", error.Message);
    }

    [Fact]
    public void Metadata_survives_the_round_trip()
    {
        using var model = TestModels.Untrained();
        var path = Path.Combine(_folder, "meta.chatbot");
        ModelFile.Write(path, model.Metadata with { CorpusHash = "c0ffee", HeldOutBitsPerChar = 1.25, TrainingSteps = 42 }, model.StateDict.Span);
        using var loaded = ChatModel.Load(path);
        Assert.Equal(("c0ffee", 1.25, 42L), (loaded.Info.CorpusHash, loaded.Info.HeldOutBitsPerChar, loaded.Info.TrainingSteps));
        Assert.Equal(model.Vocabulary.Characters, loaded.Vocabulary.Characters);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
