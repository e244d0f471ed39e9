using ChatBot.Model.Files;
using ChatBot.Model.Network;
using ChatBot.Network;

namespace ChatBot.Model.Tests;

/// <summary>A weights section that does not fit the model's declared shape is refused with a message saying what is wrong.</summary>
public sealed class StateDictReaderTests
{
    private static readonly ModelHyperParameters Shape = new(8, 16, 1, 0.0, MemoryLength: 12, AttentionSize: 6, MatchLength: 2);

    private static ModelFileContents Untrained()
    {
        using var model = NetworkModels.CreateUntrained(TestModels.Vocabulary, Shape, seed: 2);
        return ModelFile.Deserialize("untrained", ModelFile.Serialize(model.Metadata, model.StateDict.Span));
    }

    private static ModelFileException Refused(ModelMetadata metadata, byte[] stateDict) =>
        Assert.Throws<ModelFileException>(() => ModelFile.Deserialize("bad.chatbot", ModelFile.Serialize(metadata, stateDict)));

    [Fact]
    public void Entries_written_back_in_torchsharps_layout_give_the_same_bytes()
    {
        var contents = Untrained();
        Assert.Equal(contents.StateDict, StateDictBytes.Write(StateDictReader.Read("untrained", contents.StateDict)));
    }

    [Fact]
    public void Truncated_weights_are_refused_as_truncated()
    {
        var contents = Untrained();
        var error = Refused(contents.Metadata, contents.StateDict[..^7]);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void A_tensor_of_another_element_type_is_refused_naming_it_and_its_type()
    {
        var contents = Untrained();
        var bytes = contents.StateDict.ToArray();
        // The first entry: count (1 byte), name length (1 byte), name, then its element type: 7 is float64.
        var nameLength = bytes[1];
        var name = System.Text.Encoding.UTF8.GetString(bytes, 2, nameLength);
        bytes[2 + nameLength] = 7;
        var error = Refused(contents.Metadata, bytes);
        Assert.Contains($"{name} with element type 7", error.Message);
    }

    [Fact]
    public void A_missing_parameter_is_refused_naming_it()
    {
        var contents = Untrained();
        var entries = StateDictReader.Read("untrained", contents.StateDict).Where(entry => entry.Name != "projection.bias");
        var error = Refused(contents.Metadata, StateDictBytes.Write(entries));
        Assert.Contains("lack projection.bias", error.Message);
    }

    [Fact]
    public void A_parameter_the_declared_shape_does_not_have_is_refused_naming_it()
    {
        var contents = Untrained();
        var entries = StateDictReader.Read("untrained", contents.StateDict).Append(StateDictEntry.OfFloats("attentionCase.bias", [3], [0f, 0f, 0f]));
        var error = Refused(contents.Metadata, StateDictBytes.Write(entries));
        Assert.Contains("attentionCase.bias [3], which a model of the declared shape does not have", error.Message);
    }

    [Fact]
    public void A_parameter_of_another_shape_is_refused_with_both_shapes()
    {
        var contents = Untrained();
        var entries = StateDictReader.Read("untrained", contents.StateDict)
            .Select(entry => entry.Name == "projection.bias" ? StateDictEntry.OfFloats(entry.Name, [entry.Floats!.Length - 1], entry.Floats[1..]) : entry);
        var error = Refused(contents.Metadata, StateDictBytes.Write(entries));
        Assert.Contains($"projection.bias [{TestModels.Vocabulary.Size - 1}]; the declared shape needs [{TestModels.Vocabulary.Size}]", error.Message);
    }
}
