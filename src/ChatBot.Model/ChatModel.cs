using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;
using ChatBot.Model.Files;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChatBot.Model;

/// <summary>
/// A trained encoder/decoder ready to converse. Thread-safe for concurrent <see cref="Respond"/> calls: it keeps no
/// per-conversation data; every turn reads the caller's state and returns a new one.
/// </summary>
public sealed class ChatModel : IConversationModel
{
    private readonly LSTMCell[] cells;
    private readonly DecoderStepper stepper;
    private bool disposed;

    private ChatModel(EncoderDecoderNetwork network, Vocabulary vocabulary, ModelMetadata metadata, string fingerprint)
    {
        Network = network;
        Vocabulary = vocabulary;
        Metadata = metadata;
        Fingerprint = fingerprint;
        network.eval();
        cells = network.CreateDecoderCells();
        stepper = new DecoderStepper(network, cells);
        Info = new ModelInfo(metadata.Name, fingerprint, metadata.CreatedAt, metadata.CorpusDescription, metadata.CorpusHash,
            metadata.TrainingSteps, metadata.HeldOutBitsPerChar, metadata.ContextGain);
    }

    public EncoderDecoderNetwork Network { get; }

    public Vocabulary Vocabulary { get; }

    public ModelMetadata Metadata { get; }

    public string Fingerprint { get; }

    public ModelInfo Info { get; }

    /// <exception cref="ModelFileException">The file is missing, truncated, damaged or of an unknown format.</exception>
    public static ChatModel Load(string path)
    {
        var (metadata, network, fingerprint) = ModelFile.Read(path);
        return new ChatModel(network, new Vocabulary(metadata.Characters), metadata, fingerprint);
    }

    /// <summary>A model with freshly initialised weights (seeded), for tests and as the trainer's starting point.</summary>
    public static ChatModel CreateUntrained(Vocabulary vocabulary, ModelHyperParameters hyper, int seed, string name = "untrained")
    {
        manual_seed(seed);
        var network = new EncoderDecoderNetwork(vocabulary.Size, hyper);
        var metadata = new ModelMetadata { Name = name, Hyper = hyper, Characters = vocabulary.Characters };
        return FromNetwork(network, metadata);
    }

    /// <summary>Wraps a network (the trainer's copy after loading a checkpoint); the model takes ownership.</summary>
    public static ChatModel FromNetwork(EncoderDecoderNetwork network, ModelMetadata metadata)
    {
        var bytes = ModelFile.Serialize(metadata, network);
        var (_, reloaded, fingerprint) = ModelFile.Deserialize("(in memory)", bytes);
        reloaded.Dispose();
        return new ChatModel(network, new Vocabulary(metadata.Characters), metadata, fingerprint);
    }

    /// <summary>Writes the model atomically (temp file + rename).</summary>
    public void Save(string path) => ModelFile.Write(path, Metadata, Network);

    public Reply Respond(ConversationState? state, string userText, DecodingOptions options, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentNullException.ThrowIfNull(userText);
        using var scope = NewDisposeScope();
        using var inference = inference_mode();

        var (h, c) = Encode(state, userText);
        List<int> ids;
        if (options.Strategy == DecodingStrategy.Beam)
        {
            (ids, h, c) = BeamSearch.Run(stepper, h, c, options, cancellationToken);
        }
        else
        {
            ids = SampleReply(h, c, options, cancellationToken);
        }
        return new Reply(Vocabulary.Decode(ids), ToState(h, c));
    }

    /// <summary>
    /// Feeds a known reply through the inference path (teacher forcing) and returns the logits of every decoder step
    /// ("&lt;bos&gt; reply" in, "reply &lt;eos&gt;" predicted) and the state after the reply. Used by evaluation and tests.
    /// </summary>
    public (float[][] Logits, ConversationState State) TeacherForce(ConversationState? state, string userText, string replyText)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        var (h, c) = Encode(state, userText);
        var inputs = new List<int> { Vocabulary.BeginOfReply };
        inputs.AddRange(Vocabulary.Encode(replyText));
        var logits = new float[inputs.Count][];
        for (var i = 0; i < inputs.Count; i++)
        {
            logits[i] = stepper.Step([inputs[i]], h, c).data<float>().ToArray();
        }
        return (logits, ToState(h, c));
    }

    private (Tensor[] H, Tensor[] C) Encode(ConversationState? state, string userText)
    {
        var (h, c) = state is null ? Network.ZeroState(1) : FromState(state);
        var ids = Vocabulary.Encode(userText);
        if (ids.Length > 0)
        {
            var tokens = tensor(ids.Select(id => (long)id).ToArray(), int64).unsqueeze(0);
            (h, c) = Network.Encode(tokens, [ids.Length], (h, c));
        }
        return stepper.Split(h, c);
    }

    private List<int> SampleReply(Tensor[] h, Tensor[] c, DecodingOptions options, CancellationToken cancellationToken)
    {
        var random = options.Strategy == DecodingStrategy.Sample
            ? options.Seed is { } seed ? new Random(seed) : new Random()
            : null;
        var ids = new List<int>();
        long token = Vocabulary.BeginOfReply;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var logits = stepper.Step([token], h, c).data<float>().ToArray();
            var next = random is null ? TokenSampler.Greedy(logits) : TokenSampler.Sample(logits, options, random);
            if (next == Vocabulary.EndOfReply)
            {
                return ids;
            }
            ids.Add(next);
            if (ids.Count >= options.MaxReplyLength)
            {
                // Cut at the limit: still let the decoder read the last character, as it would have before <eos>.
                stepper.Step([next], h, c);
                return ids;
            }
            token = next;
        }
    }

    private (Tensor H, Tensor C) FromState(ConversationState state)
    {
        if (!string.Equals(state.ModelFingerprint, Fingerprint, StringComparison.Ordinal))
        {
            throw new ConversationStateMismatchException(Fingerprint, state.ModelFingerprint);
        }
        if (state.Layers != Metadata.Hyper.Layers || state.HiddenSize != Metadata.Hyper.HiddenSize)
        {
            throw new ConversationStateMismatchException(Fingerprint, state.ModelFingerprint + " (shape)");
        }
        var shape = new long[] { state.Layers, 1, state.HiddenSize };
        return (tensor(state.Hidden, shape), tensor(state.Cell, shape));
    }

    private ConversationState ToState(Tensor[] h, Tensor[] c)
    {
        var (hs, cs) = stepper.Stack(h, c);
        return new ConversationState(Fingerprint, Metadata.Hyper.Layers, Metadata.Hyper.HiddenSize,
            hs.contiguous().data<float>().ToArray(), cs.contiguous().data<float>().ToArray());
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        foreach (var cell in cells)
        {
            cell.Dispose();
        }
        Network.Dispose();
    }
}
