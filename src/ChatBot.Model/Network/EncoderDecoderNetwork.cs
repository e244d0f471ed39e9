using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChatBot.Model.Network;

/// <summary>
/// Character embedding → encoder LSTM over the user's utterance → decoder LSTM that starts from the encoder's final
/// (h, c) and reads "&lt;bos&gt; reply" → linear projection to the vocabulary. The (h, c) left after the reply is the
/// conversation's memory, from which the encoder starts on the next user turn.
/// </summary>
/// <remarks>State tensors are [layers, batch, hidden]; token tensors are [batch, time] of int64.</remarks>
public sealed class EncoderDecoderNetwork : nn.Module
{
    private readonly Embedding embedding;
    private readonly LSTM encoder;
    private readonly LSTM decoder;
    private readonly Dropout outputDropout;
    private readonly Linear projection;

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
        RegisterComponents();
        // Wrong numbers from a fused kernel would train and serve a broken model without any error; check once.
        UsesFusedLstm = LstmKernelCheck.FusedKernelIsCorrect(encoder, hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers)
            && LstmKernelCheck.FusedKernelIsCorrect(decoder, hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers);
    }

    /// <summary>False when this machine's fused LSTM kernel fails <see cref="LstmKernelCheck"/> for this shape; the slower written-out equations are used instead.</summary>
    public bool UsesFusedLstm { get; }

    public ModelHyperParameters Hyper { get; }

    public int VocabularySize { get; }

    public (Tensor H, Tensor C) ZeroState(long batch) =>
        (zeros(Hyper.Layers, batch, Hyper.HiddenSize), zeros(Hyper.Layers, batch, Hyper.HiddenSize));

    /// <summary>Reads the user's utterances; returns the state after each row's last real character.</summary>
    /// <param name="lengths">Real length of each row (at least 1); rows are right-padded beyond it.</param>
    public (Tensor H, Tensor C) Encode(Tensor tokens, long[] lengths, (Tensor H, Tensor C) state) =>
        RunByLength(encoder, embedding.forward(tokens), lengths, state, outputs: null);

    /// <summary>
    /// Teacher-forced decoding of "&lt;bos&gt; reply" rows against "reply &lt;eos&gt;" targets (padding ignored).
    /// Returns the summed cross-entropy in nats and the state after each row's last real input.
    /// </summary>
    public (Tensor LossSum, Tensor H, Tensor C) DecodeLoss(Tensor inputs, Tensor targets, long[] lengths, (Tensor H, Tensor C) state)
    {
        var outputs = new List<Tensor>();
        var positions = new List<long>();
        var (h, c) = RunByLength(decoder, embedding.forward(inputs), lengths, state, (outputs, positions));
        // One projection and one loss over every call's outputs: a few large operations instead of many small ones.
        var logits = projection.forward(outputDropout.forward(outputs.Count == 1 ? outputs[0] : cat(outputs, 0)));
        using var at = tensor(positions.ToArray(), int64);
        var allTargets = targets.reshape(-1).index_select(0, at);
        var loss = nn.functional.cross_entropy(logits, allTargets, reduction: nn.Reduction.Sum);
        return (loss, h, c);
    }

    /// <summary>Teacher-forced decoder logits [batch, time, vocab] (zeros beyond each row's length), for evaluation and tests.</summary>
    public (Tensor Logits, Tensor H, Tensor C) DecodeLogits(Tensor inputs, long[] lengths, (Tensor H, Tensor C) state)
    {
        var outputs = new List<Tensor>();
        var positions = new List<long>();
        var (h, c) = RunByLength(decoder, embedding.forward(inputs), lengths, state, (outputs, positions));
        var logits = projection.forward(outputDropout.forward(outputs.Count == 1 ? outputs[0] : cat(outputs, 0)));
        using var at = tensor(positions.ToArray(), int64);
        var (rows, width) = (inputs.shape[0], inputs.shape[1]);
        var all = zeros(rows * width, VocabularySize).index_copy(0, at, logits).reshape(rows, width, VocabularySize);
        return (all, h, c);
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
