using System.Text;
using ChatBot.Model;
using ChatBot.Model.Files;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using static TorchSharp.torch;

namespace ChatBot.Network;

/// <summary>
/// The one bridge between the training network and model files: a network's weights written as a model file's
/// weights section, and a network rebuilt from a model file (for training on, evaluating with libtorch, or
/// comparing against the managed kernels).
/// </summary>
public static class NetworkModels
{
    /// <summary>The network's state dict, as TorchSharp's <c>Module.save</c> writes it: the model file's weights section.</summary>
    public static byte[] StateDict(EncoderDecoderNetwork network)
    {
        using var weights = new MemoryStream();
        using (var writer = new BinaryWriter(weights, Encoding.UTF8, leaveOpen: true))
        {
            // Module.save(Stream) would close the stream; a leave-open writer keeps it.
            network.save(writer);
        }
        return weights.ToArray();
    }

    /// <summary>A whole model file (metadata and the network's weights).</summary>
    public static byte[] Serialize(ModelMetadata metadata, EncoderDecoderNetwork network) => ModelFile.Serialize(metadata, StateDict(network));

    /// <summary>Writes the model atomically (temp file + rename).</summary>
    public static void Write(string path, ModelMetadata metadata, EncoderDecoderNetwork network) => ModelFile.Write(path, metadata, StateDict(network));

    /// <summary>The serving model of a network's current weights; the network stays the caller's.</summary>
    public static ChatModel ToChatModel(EncoderDecoderNetwork network, ModelMetadata metadata) =>
        ChatModel.FromBytes("(in memory)", Serialize(metadata, network));

    /// <summary>A model with freshly initialised weights (seeded), for tests, benchmarks and as the trainer's starting point.</summary>
    public static ChatModel CreateUntrained(Vocabulary vocabulary, ModelHyperParameters hyper, int seed, string name = "untrained")
    {
        using var network = CreateNetwork(vocabulary, hyper, seed);
        return ToChatModel(network, new ModelMetadata { Name = name, Hyper = hyper, Characters = vocabulary.Characters });
    }

    /// <summary>A network with freshly initialised weights: torch's generator seeded with <paramref name="seed"/> first.</summary>
    public static EncoderDecoderNetwork CreateNetwork(Vocabulary vocabulary, ModelHyperParameters hyper, int seed)
    {
        manual_seed(seed);
        return new EncoderDecoderNetwork(vocabulary, hyper);
    }

    /// <summary>The network of a loaded model, in eval mode; the caller owns it.</summary>
    public static EncoderDecoderNetwork LoadNetwork(ChatModel model) => LoadNetwork("(in memory)", model.Metadata, model.StateDict.Span);

    /// <summary>Reads a model file into a network (eval mode; the caller owns it), with its metadata and fingerprint.</summary>
    /// <exception cref="ModelFileException">The file is missing, damaged, or its weights do not fit its metadata.</exception>
    public static (ModelMetadata Metadata, EncoderDecoderNetwork Network, string Fingerprint) Read(string path)
    {
        var contents = ModelFile.Read(path);
        return (contents.Metadata, LoadNetwork(path, contents.Metadata, contents.StateDict), contents.Fingerprint);
    }

    private static EncoderDecoderNetwork LoadNetwork(string path, ModelMetadata metadata, ReadOnlySpan<byte> stateDict)
    {
        EncoderDecoderNetwork network;
        try
        {
            network = new EncoderDecoderNetwork(new Vocabulary(metadata.Characters), metadata.Hyper);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileException(path, $"the model metadata is invalid ({e.Message}).", e);
        }
        try
        {
            using var weights = new MemoryStream(stateDict.ToArray(), writable: false);
            network.load(weights, strict: true);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            network.Dispose();
            throw new ModelFileException(path, $"the weights do not match the declared shape ({e.Message}).", e);
        }
        network.eval();
        return network;
    }
}
