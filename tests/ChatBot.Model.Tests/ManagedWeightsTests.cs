using ChatBot.Bot.Tests.Hosting;
using ChatBot.Model.Decoding;
using ChatBot.Model.Files;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;
using static TorchSharp.torch;

namespace ChatBot.Model.Tests;

/// <summary>
/// The model file's weights read in managed code (as the bot reads them, without libtorch) are exactly what libtorch
/// loads from the same file, and the decoder kernel made from them computes exactly what it computed from libtorch's tensors.
/// </summary>
public sealed class ManagedWeightsTests : IDisposable
{
    // Attention with copy continuation and case copying: every kind of parameter and both case-map buffers.
    private static readonly ModelHyperParameters Refined = new(8, 16, 2, 0.0, MemoryLength: 12, AttentionSize: 6, MatchLength: 2, CaseCopy: true);
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-weights-").FullName;

    private static string ShippedModel => Repository.File("models", "default.chatbot");

    [Fact]
    public void The_shipped_model_reads_with_the_fingerprint_its_recall_figures_name()
    {
        // Bot:Recall's fingerprint was computed when the model was shipped, from the file's bytes, before this reader existed.
        using var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Repository.File("appsettings.json")));
        var named = settings.RootElement.GetProperty("Bot").GetProperty("Recall").GetProperty("ModelFingerprint").GetString();
        Assert.Equal(named, ModelFile.Read(ShippedModel).Fingerprint);
    }

    [Fact]
    public void Every_parameter_of_the_shipped_model_reads_bit_for_bit_as_libtorch_loads_it()
    {
        AssertSameAsLibtorch(ShippedModel);
    }

    [Fact]
    public void Every_parameter_of_a_model_with_every_attention_part_reads_bit_for_bit_as_libtorch_loads_it()
    {
        using var model = NetworkModels.CreateUntrained(TestModels.Vocabulary, Refined, seed: 11);
        var path = Path.Combine(_folder, "refined.chatbot");
        model.Save(path);
        AssertSameAsLibtorch(path);
    }

    [Fact]
    public void A_kernel_made_from_the_file_gives_bit_for_bit_the_logits_of_one_made_from_the_networks_tensors()
    {
        var contents = ModelFile.Read(ShippedModel);
        var (_, network, _) = NetworkModels.Read(ShippedModel);
        ModelWeights fromNetwork;
        using (network)
        using (no_grad())
        {
            // What the kernel was built from before: the live network's parameters and buffers, copied out of libtorch.
            var entries = network.state_dict().Select(pair => pair.Value.dtype == ScalarType.Int64
                ? StateDictEntry.OfLongs(pair.Key, Shape(pair.Value), pair.Value.contiguous().data<long>().ToArray())
                : StateDictEntry.OfFloats(pair.Key, Shape(pair.Value), pair.Value.detach().contiguous().data<float>().ToArray())).ToList();
            fromNetwork = ModelWeights.From(ShippedModel, contents.Metadata, entries);
        }
        var vocabulary = new Vocabulary(contents.Metadata.Characters);

        var expected = TeacherForcedLogitBits(new DecoderKernel(fromNetwork), vocabulary);
        var actual = TeacherForcedLogitBits(new DecoderKernel(contents.Weights), vocabulary);

        Assert.Equal(expected, actual);
    }

    private static void AssertSameAsLibtorch(string path)
    {
        var weights = ModelFile.Read(path).Weights;
        var (_, network, _) = NetworkModels.Read(path);
        using (network)
        using (no_grad())
        {
            var parameters = network.named_parameters().ToDictionary(p => p.name, p => p.parameter.detach().contiguous().data<float>().ToArray());
            Assert.Equal(parameters.Keys.Order(StringComparer.Ordinal), weights.Names.Order(StringComparer.Ordinal));
            foreach (var (name, values) in parameters)
            {
                Assert.True(values.Select(BitConverter.SingleToInt32Bits).SequenceEqual(weights[name].Select(BitConverter.SingleToInt32Bits)), $"{name} differs");
            }
        }
    }

    private static int[] Shape(Tensor tensor) => tensor.shape.Select(size => (int)size).ToArray();

    /// <summary>The kernel encodes a message and is fed a reply; the bits of every step's logits.</summary>
    private static int[] TeacherForcedLogitBits(DecoderKernel kernel, Vocabulary vocabulary)
    {
        var h = Enumerable.Range(0, kernel.Layers).Select(_ => new float[kernel.HiddenSize]).ToArray();
        var c = Enumerable.Range(0, kernel.Layers).Select(_ => new float[kernel.HiddenSize]).ToArray();
        var memory = kernel.CreateMemory(null);
        var workspace = kernel.CreateWorkspace(1);
        kernel.Encode([vocabulary.Encode("My name is Ana and my favourite colour is teal.")], 0, h, c, workspace, [memory]);
        var logits = new float[kernel.LogitStride];
        var bits = new List<int>();
        var replied = new List<int>();
        var token = Vocabulary.BeginOfReply;
        foreach (var next in vocabulary.Encode("Nice to meet you, Ana! Teal is lovely."))
        {
            kernel.Step([token], 1, h, c, logits, workspace, _ => memory, _ => replied);
            bits.AddRange(logits.Take(kernel.VocabularySize).Select(BitConverter.SingleToInt32Bits));
            replied.Add(next);
            token = next;
        }
        return [.. bits];
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
