using ChatBot.Model.Decoding;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChatBot.Network;

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
/// <para>
/// Two refinements of the copy (<see cref="ModelHyperParameters.MatchLength"/>, <see cref="ModelHyperParameters.CaseCopy"/>):
/// a slot whose preceding characters equal the decoder's latest inputs (case-folded; 1…MatchLength of them) gets a
/// score bonus whose size the decoder's state sets per match length, so a copy that has begun carries on at the next
/// character instead of drifting ("Kai" → "Kaito", not "Kaio"); and each copied character may come out as typed,
/// upper-cased or lower-cased, weighted by a per-step softmax, so "copper" can begin a sentence as "Copper".
/// </para>
/// </remarks>
public sealed class EncoderDecoderNetwork : nn.Module
{
    // Log-probabilities are floored so that log never sees 0; serving applies the same floor.
    public const float ProbabilityFloor = PointerAttention.ProbabilityFloor;

    /// <summary>Initial bias of "as typed" in the case choice (the other two start at 0): softmax weight e³/(e³ + 2) ≈ 0.91.</summary>
    public const float CaseCopyInitialBias = 3f;

    // TorchSharp's RegisterComponents names parameters and buffers after these fields, and the names are the
    // keys of saved models (and of named_parameters()), so they keep their plain camelCase names.
#pragma warning disable IDE1006
    private readonly Embedding embedding;
    private readonly LSTM encoder;
    private readonly LSTM decoder;
    private readonly Dropout outputDropout;
    private readonly Linear projection;
    private readonly Linear? attentionQuery;
    private readonly Linear? attentionKey;
    private readonly Parameter? attentionSentinel;
    private readonly Linear? attentionMatch;
    private readonly Linear? attentionCase;
    private readonly Tensor? lowerMap;
    private readonly Tensor? upperMap;
#pragma warning restore IDE1006

    public EncoderDecoderNetwork(Vocabulary vocabulary, ModelHyperParameters hyper) : base(nameof(EncoderDecoderNetwork))
    {
        hyper.Validate();
        Hyper = hyper;
        var vocabularySize = vocabulary.Size;
        VocabularySize = vocabularySize;
        LowerCase = vocabulary.CaseMap(upper: false);
        UpperCase = vocabulary.CaseMap(upper: true);
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
        if (hyper.MatchLength > 0)
        {
            attentionMatch = nn.Linear(hyper.HiddenSize, hyper.MatchLength);
            // Folding the case of both sides lets "Copper" continue a copy of "copper".
            lowerMap = tensor(LowerCase.Select(id => (long)id).ToArray(), int64).DetachFromDisposeScope();
        }
        if (hyper.CaseCopy)
        {
            attentionCase = nn.Linear(hyper.HiddenSize, 3);
            // Start by copying as typed (weight ≈ 0.9): from an even three-way split every copied letter would first
            // lose two thirds of its probability to the wrong case, and the copy would be learnt more slowly.
            using (no_grad())
            {
                using var initial = tensor(new[] { CaseCopyInitialBias, 0f, 0f });
                attentionCase.bias!.copy_(initial);
            }
            lowerMap ??= tensor(LowerCase.Select(id => (long)id).ToArray(), int64).DetachFromDisposeScope();
            upperMap = tensor(UpperCase.Select(id => (long)id).ToArray(), int64).DetachFromDisposeScope();
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

    /// <summary>Id → id of its lower-case form (itself when none); see <see cref="Vocabulary.CaseMap"/>.</summary>
    public int[] LowerCase { get; }

    /// <summary>Id → id of its upper-case form (itself when none).</summary>
    public int[] UpperCase { get; }

    /// <summary>Scale of the attention scores, 1/√(attention size); the managed kernel uses the same value.</summary>
    public float AttentionScale => Hyper.HasAttention ? PointerAttention.ScaleFor(Hyper.AttentionSize) : 0f;

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
    /// <param name="lengths">Real length of each row (at least 1); rows are right-padded beyond it with <see cref="Vocabulary.Padding"/>.</param>
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
    /// Returns the summed cross-entropy in nats, the summed training objective and the state after each row's last
    /// real input. With <paramref name="labelSmoothing"/> ε &gt; 0 the objective is (1 − ε)·cross-entropy + ε·the
    /// generator's cross-entropy against a uniform target (the generator's softmax only; the copy is left sharp), so
    /// that the model does not grow over-confident in the corpus's phrasings; with ε = 0 it is the cross-entropy
    /// itself (the same tensor).
    /// </summary>
    public (Tensor LossSum, Tensor ObjectiveSum, NetworkState State) DecodeLoss(Tensor inputs, Tensor targets, long[] lengths, NetworkState state,
        double labelSmoothing = 0)
    {
        var (flat, positions, after) = RunDecoder(inputs, lengths, state);
        // One projection and one loss over every call's outputs: a few large operations instead of many small ones.
        var logits = projection.forward(outputDropout.forward(flat));
        using var at = tensor(positions, int64);
        var allTargets = targets.reshape(-1).index_select(0, at);
        Tensor loss;
        if (!Hyper.HasAttention)
        {
            loss = nn.functional.cross_entropy(logits, allTargets, reduction: nn.Reduction.Sum);
        }
        else
        {
            var (sentinel, pointer, memoryTokens, cases) = Attend(flat, positions, inputs, state);
            var generated = nn.functional.log_softmax(logits, 1).gather(1, allTargets.unsqueeze(1)).squeeze(1).exp();
            var wanted = allTargets.unsqueeze(1);
            var copied = (pointer * memoryTokens.eq(wanted)).sum(1);
            if (cases is not null)
            {
                copied = cases.select(1, 0) * copied
                    + cases.select(1, 1) * (pointer * Mapped(upperMap!, memoryTokens).eq(wanted)).sum(1)
                    + cases.select(1, 2) * (pointer * Mapped(lowerMap!, memoryTokens).eq(wanted)).sum(1);
            }
            var probability = sentinel * generated + copied;
            loss = -probability.clamp_min(ProbabilityFloor).log().sum();
        }
        if (labelSmoothing <= 0)
        {
            return (loss, loss, after);
        }
        // Smoothing the whole mixture would also pull weight off the pointer, towards symbols that are not in the
        // memory, and the model learnt to answer with a frequent name instead of copying (see models/README.md).
        var uniform = -nn.functional.log_softmax(logits, 1).mean([1]).sum();
        return (loss, (1 - labelSmoothing) * loss + labelSmoothing * uniform, after);
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
            logits = MixedLogProbabilities(logits, Attend(flat, positions, inputs, state));
        }
        using var at = tensor(positions, int64);
        var (rows, width) = (inputs.shape[0], inputs.shape[1]);
        var all = zeros(rows * width, VocabularySize).index_copy(0, at, logits).reshape(rows, width, VocabularySize);
        return (all, after);
    }

    /// <summary>log p(y) of the pointer-sentinel mixture over the whole vocabulary [steps, vocab], floored.</summary>
    private Tensor MixedLogProbabilities(Tensor logits, (Tensor Sentinel, Tensor Pointer, Tensor MemoryTokens, Tensor? Cases) attended)
    {
        var (sentinel, pointer, memoryTokens, cases) = attended;
        var copied = cases is null
            ? zeros(logits.shape[0], VocabularySize).scatter_add(1, memoryTokens, pointer)
            : zeros(logits.shape[0], VocabularySize).scatter_add(1, memoryTokens, pointer * cases.narrow(1, 0, 1))
                .scatter_add(1, Mapped(upperMap!, memoryTokens), pointer * cases.narrow(1, 1, 1))
                .scatter_add(1, Mapped(lowerMap!, memoryTokens), pointer * cases.narrow(1, 2, 1));
        return (sentinel.unsqueeze(1) * nn.functional.softmax(logits, 1) + copied).clamp_min(ProbabilityFloor).log();
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
    /// [steps, memory], the slots' character ids [steps, memory], and with case copying the weights of "as typed,
    /// upper-cased, lower-cased" [steps, 3]. Empty slots get no weight.
    /// </summary>
    private (Tensor Sentinel, Tensor Pointer, Tensor MemoryTokens, Tensor? Cases) Attend(Tensor outputs, long[] positions, Tensor inputs, NetworkState state)
    {
        var rows = state.MemoryKeys!.shape[0];
        var width = inputs.shape[1];
        var memory = Hyper.MemoryLength;
        using var at = tensor(positions, int64);
        // Per-step values laid out as [rows, time, n] so that each row's steps meet only that row's memory in one batched product.
        Tensor LaidOut(Tensor values) => zeros(rows * width, values.shape[1]).index_copy(0, at, values).view(rows, width, -1);
        var queries = LaidOut(attentionQuery!.forward(outputs));
        var scores = bmm(queries, state.MemoryKeys!.transpose(1, 2)) * AttentionScale;                        // [rows, time, M]
        if (attentionMatch is not null)
        {
            scores = scores + MatchBonus(LaidOut(attentionMatch.forward(outputs)), inputs, state.MemoryTokens!);
        }
        scores = scores.masked_fill(state.MemoryTokens!.eq(Vocabulary.Padding).unsqueeze(1), float.NegativeInfinity);
        var sentinelScore = queries.matmul(attentionSentinel!).unsqueeze(2) * AttentionScale;                 // [rows, time, 1]
        var weights = nn.functional.softmax(cat([scores, sentinelScore], 2), 2).view(rows * width, memory + 1).index_select(0, at);
        using var rowOf = tensor(positions.Select(p => p / width).ToArray(), int64);
        var cases = attentionCase is null ? null : nn.functional.softmax(attentionCase.forward(outputs), 1);
        return (weights.select(1, memory), weights.narrow(1, 0, memory), state.MemoryTokens!.index_select(0, rowOf), cases);
    }

    /// <summary>
    /// The copy-continuation bonus [rows, time, M]: Σ_k coefficient_k · [the k characters before slot j equal the
    /// decoder's inputs at steps t−k+1…t], case-folded, for k = 1…<see cref="ModelHyperParameters.MatchLength"/>.
    /// </summary>
    private Tensor MatchBonus(Tensor coefficients, Tensor inputs, Tensor memoryTokens)
    {
        var (rows, width, memory) = (inputs.shape[0], inputs.shape[1], memoryTokens.shape[1]);
        var folded = Mapped(lowerMap!, inputs);
        var foldedMemory = Mapped(lowerMap!, memoryTokens);
        Tensor? matched = null;
        Tensor? bonus = null;
        for (var k = 1; k <= Hyper.MatchLength; k++)
        {
            // The character k places before each slot, and the input k − 1 steps back; shifted-in places never match.
            var before = ShiftRight(foldedMemory, k, -1);
            var input = ShiftRight(folded, k - 1, -2);
            var equal = input.unsqueeze(2).eq(before.unsqueeze(1));
            matched = matched is null ? equal : matched.logical_and(equal);
            var term = coefficients.narrow(2, k - 1, 1) * matched.to_type(ScalarType.Float32);
            bonus = bonus is null ? term : bonus + term;
        }
        return bonus ?? zeros(rows, width, memory);
    }

    private static Tensor ShiftRight(Tensor values, long by, long fill)
    {
        var length = values.shape[1];
        if (by == 0)
        {
            return values;
        }
        var filler = full(values.shape[0], Math.Min(by, length), fill, int64);
        return by >= length ? filler : cat([filler, values.narrow(1, 0, length - by)], 1);
    }

    private static Tensor Mapped(Tensor map, Tensor ids) => map.index_select(0, ids.reshape(-1)).view(ids.shape);

    /// <summary>The embeddings of <paramref name="tokens"/>; the encoder and the decoder share one embedding.</summary>
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
