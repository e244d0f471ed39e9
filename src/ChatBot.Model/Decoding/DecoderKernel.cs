using System.Runtime.CompilerServices;
using ChatBot.Model.Conversation;
using ChatBot.Model.Files;

namespace ChatBot.Model.Decoding;

/// <summary>
/// The trained network's inference steps in managed code, on copies of its weights: the encoder reading a message
/// and the decoder step (embedding → LSTM layers → projection, and the pointer attention over each row's memory when
/// the model has one) for a batch of rows. Every row is computed the same way
/// whatever the batch, so batched and single-conversation decoding agree bit for bit (<see cref="PanelMatrix"/>).
/// Immutable and safe to share between threads, each using its own <see cref="Workspace"/>.
/// </summary>
public sealed class DecoderKernel
{
    private readonly PanelMatrix _projection;
    private readonly float[] _projectionBias; // padded to whole panels

    /// <param name="weights">The trained parameters as the model file holds them (the kernel copies what it rearranges).</param>
    public DecoderKernel(ModelWeights weights)
    {
        var hyper = weights.Hyper;
        var vocabulary = weights.VocabularySize;
        var embedding = weights["embedding.weight"];
        Encoder = new LstmLayers(name => weights["encoder." + name], embedding, vocabulary, hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers);
        Decoder = new LstmLayers(name => weights["decoder." + name], embedding, vocabulary, hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers);
        _projection = new PanelMatrix(weights["projection.weight"], vocabulary, hyper.HiddenSize);
        _projectionBias = new float[_projection.PaddedOutputs];
        weights["projection.bias"].CopyTo(_projectionBias, 0);
        if (hyper.HasAttention)
        {
            Attention = new PointerAttention(weights["attentionQuery.weight"], weights["attentionKey.weight"], weights["attentionSentinel"],
                hyper.HiddenSize, hyper.MemoryLength, PointerAttention.ScaleFor(hyper.AttentionSize), PointerAttention.ProbabilityFloor,
                hyper.MatchLength > 0 ? new RowLinear(weights["attentionMatch.weight"], weights["attentionMatch.bias"]) : null,
                hyper.CaseCopy ? new RowLinear(weights["attentionCase.weight"], weights["attentionCase.bias"]) : null,
                weights.LowerCase, weights.UpperCase);
        }
    }

    /// <summary>The pointer attention; null for a model without one (its steps give plain logits).</summary>
    public PointerAttention? Attention { get; }

    public LstmLayers Encoder { get; }

    public LstmLayers Decoder { get; }

    public int Layers => Decoder.Layers;

    public int HiddenSize => Decoder.HiddenSize;

    public int VocabularySize => Decoder.VocabularySize;

    /// <summary>Row stride of the logits buffer: the vocabulary rounded up to whole panels.</summary>
    public int LogitStride => _projection.PaddedOutputs;

    /// <summary>Scratch space for up to <see cref="Workspace.Capacity"/> rows.</summary>
    public Workspace CreateWorkspace(int capacity) => new(capacity, Decoder.GateStride, Attention);

    /// <summary>Throws unless <paramref name="state"/> was made by the model with <paramref name="fingerprint"/> and has this kernel's shape.</summary>
    /// <exception cref="ConversationStateMismatchException">The state belongs to another model or has another shape.</exception>
    public void CheckFits(ConversationState state, string fingerprint)
    {
        if (!string.Equals(state.ModelFingerprint, fingerprint, StringComparison.Ordinal))
        {
            throw new ConversationStateMismatchException(fingerprint, state.ModelFingerprint);
        }
        var memoryFits = state.MemoryTokens.Length == 0
            || (state.AttentionSize == (Attention?.Size ?? 0) && state.MemoryTokens.All(id => (uint)id < (uint)VocabularySize));
        if (state.Layers != Layers || state.HiddenSize != HiddenSize || !memoryFits)
        {
            throw new ConversationStateMismatchException(fingerprint, state.ModelFingerprint + " (shape)");
        }
    }

    /// <summary>A conversation's memory, empty or from its state (each row decoded with attention needs one).</summary>
    public AttentionMemory CreateMemory(ConversationState? state) =>
        AttentionMemory.From(state, Attention?.MemoryLength ?? 0, Attention?.Size ?? 0);

    /// <summary>
    /// Encodes messages into the state of rows <paramref name="firstRow"/>… (one message per row, starting from the
    /// state already there). <paramref name="messages"/> must be ordered longest first: at each character position
    /// the rows still reading form a prefix.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Encode(IReadOnlyList<int[]> messages, int firstRow, float[][] h, float[][] c, Workspace workspace, IReadOnlyList<AttentionMemory>? memories = null)
    {
        if (messages.Count > workspace.Capacity)
        {
            throw new ArgumentException("More messages than the workspace holds.");
        }
        var longest = messages.Count == 0 ? 0 : messages[0].Length;
        var tokens = workspace.Tokens;
        var reading = messages.Count;
        for (var position = 0; position < longest; position++)
        {
            while (reading > 0 && messages[reading - 1].Length <= position)
            {
                reading--;
            }
            for (var row = 0; row < reading; row++)
            {
                if (row > 0 && messages[row].Length > messages[row - 1].Length)
                {
                    throw new ArgumentException("The messages must be ordered longest first.", nameof(messages));
                }
                tokens[row] = messages[row][position];
            }
            EncodeStep(tokens, firstRow, reading, h, c, workspace, memories is null ? null : row => memories[row - firstRow]);
        }
    }

    /// <summary>
    /// The encoder reads <paramref name="tokens"/>[i] into row <paramref name="firstRow"/> + i; with attention, each
    /// character first enters its row's memory with the key of the state before it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void EncodeStep(ReadOnlySpan<int> tokens, int firstRow, int rows, float[][] h, float[][] c, Workspace workspace, Func<int, AttentionMemory>? memoryOf = null,
        GateObserver? observer = null)
    {
        if (Attention is { } attention)
        {
            ArgumentNullException.ThrowIfNull(memoryOf);
            attention.Keys(h[Layers - 1].AsSpan(firstRow * HiddenSize), rows, workspace.Keys);
            for (var i = 0; i < rows; i++)
            {
                memoryOf(firstRow + i).Append(tokens[i], workspace.Keys.AsSpan(i * attention.Stride, attention.Size));
            }
        }
        Encoder.Step(tokens, firstRow, rows, h, c, workspace.Gates, observer);
    }

    /// <summary>
    /// Feeds <paramref name="tokens"/>[r] to row r for the first <paramref name="rows"/> rows: updates
    /// <paramref name="h"/> and <paramref name="c"/> (per layer, row-major [rows, hidden]) in place and writes the
    /// logits to <paramref name="logits"/> (row stride <see cref="LogitStride"/>); with attention, the log-probabilities
    /// of the pointer-sentinel mixture over each row's memory (<paramref name="memoryOf"/>). <paramref name="repliedOf"/>
    /// gives each row's reply so far (the characters fed after &lt;bos&gt;, the last of them being
    /// <paramref name="tokens"/>[r]), which a model with copy continuation compares with the memory.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step(ReadOnlySpan<int> tokens, int rows, float[][] h, float[][] c, Span<float> logits, Workspace workspace,
        Func<int, AttentionMemory>? memoryOf = null, Func<int, IReadOnlyList<int>>? repliedOf = null, GateObserver? observer = null)
    {
        if (rows > workspace.Capacity)
        {
            throw new ArgumentException("More rows than the workspace holds.");
        }
        Decoder.Step(tokens, 0, rows, h, c, workspace.Gates, observer);
        var output = logits[..(rows * LogitStride)];
        for (var row = 0; row < rows; row++)
        {
            _projectionBias.CopyTo(output.Slice(row * LogitStride, LogitStride));
        }
        _projection.MultiplyAdd(h[Layers - 1], HiddenSize, rows, output);
        if (Attention is { } attention)
        {
            ArgumentNullException.ThrowIfNull(memoryOf);
            attention.Queries(h[Layers - 1], rows, workspace.Keys);
            Span<int> recent = stackalloc int[attention.MatchLength];
            for (var row = 0; row < rows; row++)
            {
                var recentCount = 0;
                if (attention.MatchLength > 0)
                {
                    ArgumentNullException.ThrowIfNull(repliedOf);
                    recentCount = RecentInputs(repliedOf(row), tokens[row], recent);
                }
                attention.Mix(workspace.Keys.AsSpan(row * attention.Stride, attention.Size), h[Layers - 1].AsSpan(row * HiddenSize, HiddenSize),
                    memoryOf(row), recent[..recentCount], output.Slice(row * LogitStride, VocabularySize), workspace.Scores);
            }
        }
    }

    /// <summary>The decoder's latest inputs, newest last: the end of "&lt;bos&gt; reply so far" (as many as fit in <paramref name="recent"/>).</summary>
    private static int RecentInputs(IReadOnlyList<int> replied, int current, Span<int> recent)
    {
        var expected = replied.Count == 0 ? Text.Vocabulary.BeginOfReply : replied[^1];
        if (current != expected)
        {
            throw new ArgumentException($"The decoder's input ({current}) is not the end of the reply so far ({expected}).", nameof(replied));
        }
        var count = Math.Min(recent.Length, replied.Count + 1);
        for (var k = 1; k <= count; k++)
        {
            recent[^k] = k <= replied.Count ? replied[^k] : Text.Vocabulary.BeginOfReply;
        }
        // Left-aligned for the caller: the last `count` places hold them; move them to the front.
        recent[(recent.Length - count)..].CopyTo(recent);
        return count;
    }

    /// <summary>Per-caller scratch buffers.</summary>
    public sealed class Workspace
    {
        internal Workspace(int capacity, int gateStride, PointerAttention? attention)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
            Capacity = capacity;
            Gates = new float[capacity * gateStride];
            Tokens = new int[capacity];
            Keys = new float[capacity * (attention?.Stride ?? 0)];
            Scores = new float[(attention?.MemoryLength ?? 0) + 1];
        }

        public int Capacity { get; }

        internal float[] Gates { get; }

        internal int[] Tokens { get; }

        /// <summary>Keys or queries of every row.</summary>
        internal float[] Keys { get; }

        /// <summary>One row's attention scores; after a step, the last row's attention weights (memory slots, then the sentinel).</summary>
        internal float[] Scores { get; }

        /// <summary>
        /// The attention weights of the last row of the latest <see cref="Step"/>: one per memory slot (oldest first),
        /// then the sentinel's (the share left to the generator).
        /// </summary>
        public ReadOnlySpan<float> AttentionWeights(int memoryCount) => Scores.AsSpan(0, memoryCount + 1);
    }
}
