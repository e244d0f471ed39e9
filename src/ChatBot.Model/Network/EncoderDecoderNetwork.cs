using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChatBot.Model.Network;

/// <summary>
/// Character embedding → encoder LSTM over the user's utterance → decoder LSTM that starts from the encoder's final
/// (h, c) and reads "&lt;bos&gt; reply" → linear projection to the vocabulary. The (h, c) left after the reply is the
/// conversation's memory, from which the encoder starts on the next user turn.
/// </summary>
/// <remarks>
/// <para>State tensors are [layers, batch, hidden]; token tensors are [batch, time] of int64.</para>
/// <para>
/// With attention (<see cref="ModelHyperParameters.MemoryLength"/> &gt; 0) the conversation also keeps its most recent
/// user characters, each with a key computed from the encoder's top-layer state just before it read that character
/// (so the key says "what came before": "my name is ⟨here⟩", or "…A⟨here⟩" while a name is being copied). At every
/// reply step the decoder's top-layer output makes a query; a softmax over the keys and one learned sentinel key
/// gives the pointer-sentinel mixture: p(y) = a_sentinel · softmax(projection)(y) + Σ_{i: x_i = y} a_i. So the
/// decoder can copy a name, colour or number the user typed in this turn or a few turns ago, also one it never saw
/// in training. Outputs are then log p(y) instead of raw logits (both feed a softmax the same way).
/// </para>
/// </remarks>
public sealed class EncoderDecoderNetwork : nn.Module
{
    // Log-probabilities are floored here so that log never sees 0; serving applies the same floor.
    public const float ProbabilityFloor = 1e-30f;

    private readonly Embedding embedding;
    private readonly LSTM encoder;
    private readonly LSTM decoder;
    private readonly Dropout outputDropout;
    private readonly Linear projection;
    private readonly Linear? attentionQuery;
    private readonly Linear? attentionKey;
    private readonly Parameter? attentionSentinel;

    public EncoderDecoderNetwork(int vocabularySize, ModelHyperParameters hyper) : base(nameof(EncoderDecoderNetwork))
    {
        hyper.Validate();
        Hyper = hyper;
        VocabularySize = vocabularySize;
        embedding = nn.Embedding(vocabularySize, hyper.EmbeddingSize);
        encoder = nn.LSTM(hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers, batchFirst: true, dropout: hyper.Layers > 1 ? hyper.Dropout : 0);
        decoder = nn.LSTM(hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers, batchFirst: true, dropout: hyper.Layers > 1 ? hyper.Dropout : 0);
        outputDropout = nn.Dropout(hyper.Dropout);
        projection = nn.Linear(hyper.HiddenSize, vocabularySize);
        if (hyper.HasAttention)
        {
            attentionQuery = nn.Linear(hyper.HiddenSize, hyper.AttentionSize, hasBias: false);
            attentionKey = nn.Linear(hyper.HiddenSize, hyper.AttentionSize, hasBias: false);
            attentionSentinel = nn.Parameter(randn(hyper.AttentionSize) * 0.1);
        }
        // Null fields (no attention) are not registered, so models without attention keep their parameter set.
        RegisterComponents();
        // Wrong numbers from a fused kernel would train and serve a broken model without any error; check once.
        UsesFusedLstm = LstmKernelCheck.FusedKernelIsCorrect(encoder, hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers)
            && LstmKernelCheck.FusedKernelIsCorrect(decoder, hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers);
    }

    /// <summary>False when this machine's fused LSTM kernel fails <see cref="LstmKernelCheck"/> for this shape; the slower written-out equations are used instead.</summary>
    public bool UsesFusedLstm { get; }

    public ModelHyperParameters Hyper { get; }

    public int VocabularySize { get; }

    /// <summary>Scale of the attention scores, 1/√(attention size); the managed kernel uses the same value.</summary>
    public float AttentionScale => Hyper.HasAttention ? 1f / MathF.Sqrt(Hyper.AttentionSize) : 0f;

    /// <summary>A fresh start for <paramref name="batch"/> conversations: zero (h, c), empty memory.</summary>
    public NetworkState ZeroState(long batch) => new(
        zeros(Hyper.Layers, batch, Hyper.HiddenSize),
        zeros(Hyper.Layers, batch, Hyper.HiddenSize),
        Hyper.HasAttention ? zeros([batch, Hyper.MemoryLength], int64) : null,
        Hyper.HasAttention ? zeros(batch, Hyper.MemoryLength, Hyper.AttentionSize) : null);

    /// <summary>
    /// Reads the user's utterances; returns the state after each row's last real character, its memory extended by
    /// the utterance's characters (the oldest fall out).
    /// </summary>
    /// <param name="lengths">Real length of each row (at least 1); rows are right-padded beyond it with <see cref="Text.Vocabulary.Padding"/>.</param>
    public NetworkState Encode(Tensor tokens, long[] lengths, NetworkState state)
    {
        if (!Hyper.HasAttention)
        {
            var (hOnly, cOnly) = RunByLength(encoder, embedding.forward(tokens), lengths, (state.H, state.C), outputs: null);
            return new NetworkState(hOnly, cOnly);
        }
        var outputs = new List<Tensor>();
        var positions = new List<long>();
        var (h, c) = RunByLength(encoder, embedding.forward(tokens), lengths, (state.H, state.C), (outputs, positions));
        var (rows, width) = (tokens.shape[0], tokens.shape[1]);
        using var at = tensor(positions.ToArray(), int64);
        var read = zeros(rows * width, Hyper.HiddenSize).index_copy(0, at, cat(outputs, 0)).view(rows, width, Hyper.HiddenSize);
        // The key of character i comes from the top layer's state before reading it: the incoming h for i = 0.
        var before = cat([state.H[Hyper.Layers - 1].unsqueeze(1), read.narrow(1, 0, width - 1)], 1);
        var keys = attentionKey!.forward(before);
        // Memory is right-aligned (newest last): appending L characters and keeping the last M is the window
        // [L, L + M) of (old memory ++ new characters), whatever the row's padding.
        var memory = Hyper.MemoryLength;
        using var window = (arange(memory, dtype: int64).unsqueeze(0) + tensor(lengths, int64).unsqueeze(1));
        var memoryTokens = cat([state.MemoryTokens!, tokens], 1).gather(1, window);
        var memoryKeys = cat([state.MemoryKeys!, keys], 1).gather(1, window.unsqueeze(2).expand(-1, -1, Hyper.AttentionSize));
        return new NetworkState(h, c, memoryTokens, memoryKeys);
    }

    /// <summary>
    /// Teacher-forced decoding of "&lt;bos&gt; reply" rows against "reply &lt;eos&gt;" targets (padding ignored).
    /// Returns the summed cross-entropy in nats and the state after each row's last real input.
    /// </summary>
    public (Tensor LossSum, NetworkState State) DecodeLoss(Tensor inputs, Tensor targets, long[] lengths, NetworkState state)
    {
        var (flat, positions, after) = RunDecoder(inputs, lengths, state);
        // One projection and one loss over every call's outputs: a few large operations instead of many small ones.
        var logits = projection.forward(outputDropout.forward(flat));
        using var at = tensor(positions, int64);
        var allTargets = targets.reshape(-1).index_select(0, at);
        if (!Hyper.HasAttention)
        {
            return (nn.functional.cross_entropy(logits, allTargets, reduction: nn.Reduction.Sum), after);
        }
        var (sentinel, pointer, memoryTokens) = Attend(flat, positions, inputs.shape[1], state);
        var generated = nn.functional.log_softmax(logits, 1).gather(1, allTargets.unsqueeze(1)).squeeze(1).exp();
        var copied = (pointer * memoryTokens.eq(allTargets.unsqueeze(1))).sum(1);
        var probability = sentinel * generated + copied;
        return (-probability.clamp_min(ProbabilityFloor).log().sum(), after);
    }

    /// <summary>
    /// Teacher-forced decoder outputs [batch, time, vocab] (zeros beyond each row's length), for evaluation and tests:
    /// logits, or log-probabilities for a model with attention.
    /// </summary>
    public (Tensor Logits, NetworkState State) DecodeLogits(Tensor inputs, long[] lengths, NetworkState state)
    {
        var (flat, positions, after) = RunDecoder(inputs, lengths, state);
        var logits = projection.forward(outputDropout.forward(flat));
        if (Hyper.HasAttention)
        {
            var (sentinel, pointer, memoryTokens) = Attend(flat, positions, inputs.shape[1], state);
            var copied = zeros(logits.shape[0], VocabularySize).scatter_add(1, memoryTokens, pointer);
            logits = (sentinel.unsqueeze(1) * nn.functional.softmax(logits, 1) + copied).clamp_min(ProbabilityFloor).log();
        }
        using var at = tensor(positions, int64);
        var (rows, width) = (inputs.shape[0], inputs.shape[1]);
        var all = zeros(rows * width, VocabularySize).index_copy(0, at, logits).reshape(rows, width, VocabularySize);
        return (all, after);
    }

    /// <summary>The decoder over every row's real steps: top-layer outputs [steps, hidden], their flat positions (row × time + step), and the state after.</summary>
    private (Tensor Outputs, long[] Positions, NetworkState After) RunDecoder(Tensor inputs, long[] lengths, NetworkState state)
    {
        var outputs = new List<Tensor>();
        var positions = new List<long>();
        var (h, c) = RunByLength(decoder, embedding.forward(inputs), lengths, (state.H, state.C), (outputs, positions));
        // The decoder does not change the memory: it holds what the user said.
        return (outputs.Count == 1 ? outputs[0] : cat(outputs, 0), positions.ToArray(), new NetworkState(h, c, state.MemoryTokens, state.MemoryKeys));
    }

    /// <summary>
    /// The pointer-sentinel attention of every decoder output (flat, at <paramref name="positions"/>) over its row's
    /// memory: the sentinel's weight [steps], the memory slots' weights [steps, memory] and the slots' character ids
    /// [steps, memory]. Empty slots get no weight.
    /// </summary>
    private (Tensor Sentinel, Tensor Pointer, Tensor MemoryTokens) Attend(Tensor outputs, long[] positions, long width, NetworkState state)
    {
        var rows = state.MemoryKeys!.shape[0];
        var memory = Hyper.MemoryLength;
        using var at = tensor(positions, int64);
        // Queries laid out as [rows, time, A] so that each row's steps meet only that row's memory in one batched product.
        var queries = zeros(rows * width, Hyper.AttentionSize).index_copy(0, at, attentionQuery!.forward(outputs)).view(rows, width, -1);
        var scores = bmm(queries, state.MemoryKeys!.transpose(1, 2)) * AttentionScale;                        // [rows, time, M]
        scores = scores.masked_fill(state.MemoryTokens!.eq(Text.Vocabulary.Padding).unsqueeze(1), float.NegativeInfinity);
        var sentinelScore = queries.matmul(attentionSentinel!).unsqueeze(2) * AttentionScale;                 // [rows, time, 1]
        var weights = nn.functional.softmax(cat([scores, sentinelScore], 2), 2).view(rows * width, memory + 1).index_select(0, at);
        using var rowOf = tensor(positions.Select(p => p / width).ToArray(), int64);
        return (weights.select(1, memory), weights.narrow(1, 0, memory), state.MemoryTokens!.index_select(0, rowOf));
    }

    /// <summary>One decoder step for inference: <paramref name="cells"/> share the decoder's weights.</summary>
    public Tensor Embed(Tensor tokens) => embedding.forward(tokens);

    public Tensor Project(Tensor hidden) => projection.forward(hidden);

    /// <summary>
    /// Single-step cells holding copies of the decoder LSTM's weights (batch-1 stepping through nn.LSTM is slow on
    /// CPU). They are copies, not views: assigning a parameter to a TorchSharp module does not rebind the native
    /// module's weights, so the cells must be created again if the network is trained further.
    /// </summary>
    public LSTMCell[] CreateDecoderCells()
    {
        var cells = new LSTMCell[Hyper.Layers];
        using var noGrad = no_grad();
        for (var layer = 0; layer < Hyper.Layers; layer++)
        {
            var input = layer == 0 ? Hyper.EmbeddingSize : Hyper.HiddenSize;
            var cell = nn.LSTMCell(input, Hyper.HiddenSize);
            foreach (var name in new[] { "weight_ih", "weight_hh", "bias_ih", "bias_hh" })
            {
                var target = cell.get_parameter(name) ?? throw new InvalidOperationException($"LSTMCell has no parameter {name}.");
                var source = decoder.get_parameter($"{name}_l{layer}") ?? throw new InvalidOperationException($"The decoder LSTM has no parameter {name}_l{layer}.");
                target.copy_(source);
            }
            cell.eval();
            cells[layer] = cell;
        }
        return cells;
    }

    /// <summary>
    /// Runs rows of different lengths exactly, without packing: the rows go through a few ordinary dense LSTM calls
    /// (libtorch's oneDNN path) planned by <see cref="SegmentSchedule"/>; a row enters a call only for steps it
    /// really has, starting from its own state, and leaves when its sequence ends, so padding never reaches the
    /// state. When <paramref name="outputs"/> is given, each call's output rows [rows × steps, hidden] are added to
    /// it, with the flat position (row × time + step) in <paramref name="embedded"/> of each of those rows.
    /// </summary>
    private (Tensor H, Tensor C) RunByLength(
        LSTM lstm, Tensor embedded, long[] lengths, (Tensor H, Tensor C) state, (List<Tensor> Outputs, List<long> Positions)? outputs)
    {
        var rows = lengths.Length;
        var width = embedded.shape[1];
        var calls = SegmentSchedule.Plan(lengths);
        var flat = embedded.reshape(rows * width, -1);
        var finishedH = new List<Tensor>();
        var finishedC = new List<Tensor>();
        var finishedRows = new List<int>();
        Tensor? previousH = null;
        Tensor? previousC = null;
        var previousCount = 0;
        foreach (var call in calls)
        {
            var positions = new long[call.Rows.Length * call.Steps];
            for (var i = 0; i < call.Rows.Length; i++)
            {
                for (var step = 0L; step < call.Steps; step++)
                {
                    positions[i * call.Steps + step] = call.Rows[i] * width + call.Offsets[i] + step;
                }
            }
            var wholeInput = call.Steps == width && IsIdentity(call.Rows.Select(r => (long)r), rows) && call.Offsets.All(o => o == 0);
            Tensor input;
            if (wholeInput)
            {
                input = embedded;
            }
            else
            {
                using var at = tensor(positions, int64);
                input = flat.index_select(0, at).view(call.Rows.Length, call.Steps, -1);
            }
            var (h, c) = IncomingState(call, previousH, previousC, previousCount, state, rows);
            var (output, hOut, cOut) = UsesFusedLstm
                ? lstm.forward(input, (h, c))
                : LstmReference.Run(lstm, Hyper.Layers, Hyper.Layers > 1 ? Hyper.Dropout : 0, training, input, (h, c));
            if (outputs is { } collected)
            {
                collected.Outputs.Add(output.reshape(-1, Hyper.HiddenSize));
                collected.Positions.AddRange(positions);
            }
            if (call.Finishing.Length == call.Rows.Length)
            {
                finishedH.Add(hOut);
                finishedC.Add(cOut);
            }
            else if (call.Finishing.Length > 0)
            {
                using var finishing = tensor(call.Finishing, int64);
                finishedH.Add(hOut.index_select(1, finishing));
                finishedC.Add(cOut.index_select(1, finishing));
            }
            finishedRows.AddRange(call.Finishing.Select(i => call.Rows[i]));
            (previousH, previousC, previousCount) = (hOut, cOut, call.Rows.Length);
        }

        var hAll = finishedH.Count == 1 ? finishedH[0] : cat(finishedH, 1);
        var cAll = finishedC.Count == 1 ? finishedC[0] : cat(finishedC, 1);
        if (IsIdentity(finishedRows.Select(r => (long)r), rows))
        {
            return (hAll, cAll);
        }
        var place = new long[rows];
        for (var i = 0; i < finishedRows.Count; i++)
        {
            place[finishedRows[i]] = i;
        }
        using var order = tensor(place, int64);
        return (hAll.index_select(1, order), cAll.index_select(1, order));
    }

    /// <summary>The state each row of <paramref name="call"/> starts from: carried from the previous call or the initial one.</summary>
    private static (Tensor H, Tensor C) IncomingState(ScheduledCall call, Tensor? previousH, Tensor? previousC, int previousCount, (Tensor H, Tensor C) initial, int rows)
    {
        if (previousH is not null && previousC is not null && IsIdentity(call.StateSources, previousCount))
        {
            return (previousH, previousC);
        }
        if (IsIdentity(call.StateSources.Select(s => s - previousCount), rows))
        {
            return (initial.H, initial.C);
        }
        using var sources = tensor(call.StateSources, int64);
        if (previousH is null || previousC is null || call.StateSources.All(s => s >= previousCount))
        {
            using var fromInitial = tensor(call.StateSources.Select(s => s - previousCount).ToArray(), int64);
            return (initial.H.index_select(1, fromInitial), initial.C.index_select(1, fromInitial));
        }
        if (call.StateSources.All(s => s < previousCount))
        {
            return (previousH.index_select(1, sources), previousC.index_select(1, sources));
        }
        return (cat([previousH, initial.H], 1).index_select(1, sources), cat([previousC, initial.C], 1).index_select(1, sources));
    }

    private static bool IsIdentity(IEnumerable<long> indices, long count)
    {
        var next = 0L;
        foreach (var index in indices)
        {
            if (index != next++)
            {
                return false;
            }
        }
        return next == count;
    }
}
