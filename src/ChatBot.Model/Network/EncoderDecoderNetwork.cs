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
    public (Tensor H, Tensor C) Encode(Tensor tokens, long[] lengths, (Tensor H, Tensor C) state)
    {
        var (h, c) = RunByLength(encoder, embedding.forward(tokens), lengths, state, onSegment: null);
        return (h, c);
    }

    /// <summary>
    /// Teacher-forced decoding of "&lt;bos&gt; reply" rows against "reply &lt;eos&gt;" targets (padding ignored).
    /// Returns the summed cross-entropy in nats and the state after each row's last real input.
    /// </summary>
    public (Tensor LossSum, Tensor H, Tensor C) DecodeLoss(Tensor inputs, Tensor targets, long[] lengths, (Tensor H, Tensor C) state)
    {
        var outputs = new List<Tensor>();
        var segmentTargets = new List<Tensor>();
        var (h, c) = RunByLength(decoder, embedding.forward(inputs), lengths, state, (rows, from, to, output) =>
        {
            outputs.Add(output.reshape(-1, Hyper.HiddenSize));
            segmentTargets.Add(targets.index_select(0, rows).narrow(1, from, to - from).reshape(-1));
        });
        // One projection and one loss over every segment's outputs: a few large operations instead of many small ones.
        var logits = projection.forward(outputDropout.forward(outputs.Count == 1 ? outputs[0] : cat(outputs, 0)));
        var allTargets = segmentTargets.Count == 1 ? segmentTargets[0] : cat(segmentTargets, 0);
        var loss = nn.functional.cross_entropy(logits, allTargets, reduction: nn.Reduction.Sum);
        return (loss, h, c);
    }

    /// <summary>Teacher-forced decoder logits [batch, time, vocab] (zeros beyond each row's length), for evaluation and tests.</summary>
    public (Tensor Logits, Tensor H, Tensor C) DecodeLogits(Tensor inputs, long[] lengths, (Tensor H, Tensor C) state)
    {
        var segments = new List<Tensor>();
        var (h, c) = RunByLength(decoder, embedding.forward(inputs), lengths, state, (rows, from, to, output) =>
        {
            var segment = projection.forward(outputDropout.forward(output));
            segments.Add(zeros(inputs.shape[0], to - from, VocabularySize).index_copy(0, rows, segment));
        });
        var logits = segments.Count == 1 ? segments[0] : cat(segments, 1);
        if (logits.shape[1] < inputs.shape[1])
        {
            logits = cat([logits, zeros(inputs.shape[0], inputs.shape[1] - logits.shape[1], VocabularySize)], 1);
        }
        return (logits, h, c);
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
    /// Runs rows of different lengths exactly, without packing: rows are ordered longest first and the fused LSTM is
    /// called once per distinct length, each call continuing the rows still running from the previous call's state.
    /// Every call is an ordinary dense one (libtorch's oneDNN path); padding is never fed, so it never reaches the
    /// state. <paramref name="onSegment"/> receives (original row indices, first step, end step, output) per call.
    /// </summary>
    private (Tensor H, Tensor C) RunByLength(
        LSTM lstm, Tensor embedded, long[] lengths, (Tensor H, Tensor C) state, Action<Tensor, long, long, Tensor>? onSegment)
    {
        var rows = lengths.Length;
        var order = Enumerable.Range(0, rows).OrderByDescending(r => lengths[r]).ThenBy(r => r).ToArray();
        var sorted = order.Select(r => lengths[r]).ToArray();
        var identity = order.Select((r, i) => r == i).All(same => same);
        using var orderIndex = tensor(order.Select(r => (long)r).ToArray(), int64);
        var x = identity ? embedded : embedded.index_select(0, orderIndex);
        var h = identity ? state.H : state.H.index_select(1, orderIndex);
        var c = identity ? state.C : state.C.index_select(1, orderIndex);

        var finishedH = new List<Tensor>();
        var finishedC = new List<Tensor>();
        long from = 0;
        var running = rows;
        foreach (var end in sorted.Distinct().OrderBy(length => length))
        {
            var segmentInput = x.narrow(0, 0, running).narrow(1, from, end - from);
            var (output, hOut, cOut) = UsesFusedLstm
                ? lstm.forward(segmentInput, (h, c))
                : LstmReference.Run(lstm, Hyper.Layers, Hyper.Layers > 1 ? Hyper.Dropout : 0, training, segmentInput, (h, c));
            onSegment?.Invoke(orderIndex.narrow(0, 0, running), from, end, output);
            var stillRunning = sorted.Count(length => length > end);
            if (stillRunning < running)
            {
                finishedH.Add(hOut.narrow(1, stillRunning, running - stillRunning));
                finishedC.Add(cOut.narrow(1, stillRunning, running - stillRunning));
            }
            h = hOut.narrow(1, 0, stillRunning);
            c = cOut.narrow(1, 0, stillRunning);
            running = stillRunning;
            from = end;
        }

        // Rows finished shortest first, i.e. from the end of the sorted order backwards.
        finishedH.Reverse();
        finishedC.Reverse();
        var hSorted = finishedH.Count == 1 ? finishedH[0] : cat(finishedH, 1);
        var cSorted = finishedC.Count == 1 ? finishedC[0] : cat(finishedC, 1);
        if (identity)
        {
            return (hSorted, cSorted);
        }
        var inverse = new long[rows];
        for (var i = 0; i < rows; i++)
        {
            inverse[order[i]] = i;
        }
        using var inverseIndex = tensor(inverse, int64);
        return (hSorted.index_select(1, inverseIndex), cSorted.index_select(1, inverseIndex));
    }
}
