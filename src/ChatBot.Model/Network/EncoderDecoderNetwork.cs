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
    }

    public ModelHyperParameters Hyper { get; }

    public int VocabularySize { get; }

    public (Tensor H, Tensor C) ZeroState(long batch) =>
        (zeros(Hyper.Layers, batch, Hyper.HiddenSize), zeros(Hyper.Layers, batch, Hyper.HiddenSize));

    /// <summary>Reads the user's utterances; returns the state after each row's last real character.</summary>
    /// <param name="lengths">Real length of each row (at least 1); rows are right-padded beyond it.</param>
    public (Tensor H, Tensor C) Encode(Tensor tokens, long[] lengths, (Tensor H, Tensor C) state)
    {
        var (_, h, c) = RunPacked(encoder, embedding.forward(tokens), lengths, state);
        return (h, c);
    }

    /// <summary>Teacher-forced decoding of "&lt;bos&gt; reply" rows; returns logits [batch, time, vocab] and the state after each row's last real input.</summary>
    public (Tensor Logits, Tensor H, Tensor C) Decode(Tensor inputs, long[] lengths, (Tensor H, Tensor C) state)
    {
        var (output, h, c) = RunPacked(decoder, embedding.forward(inputs), lengths, state);
        return (projection.forward(outputDropout.forward(output)), h, c);
    }

    /// <summary>One decoder step for inference: <paramref name="cells"/> share the decoder's weights.</summary>
    public Tensor Embed(Tensor tokens) => embedding.forward(tokens);

    public Tensor Project(Tensor hidden) => projection.forward(hidden);

    /// <summary>Single-step cells that share the decoder LSTM's parameters (batch-1 stepping through nn.LSTM is slow on CPU).</summary>
    public LSTMCell[] CreateDecoderCells()
    {
        var cells = new LSTMCell[Hyper.Layers];
        for (var layer = 0; layer < Hyper.Layers; layer++)
        {
            var input = layer == 0 ? Hyper.EmbeddingSize : Hyper.HiddenSize;
            var cell = nn.LSTMCell(input, Hyper.HiddenSize);
            ShareParameter(cell, "weight_ih", DecoderParameter($"weight_ih_l{layer}"));
            ShareParameter(cell, "weight_hh", DecoderParameter($"weight_hh_l{layer}"));
            ShareParameter(cell, "bias_ih", DecoderParameter($"bias_ih_l{layer}"));
            ShareParameter(cell, "bias_hh", DecoderParameter($"bias_hh_l{layer}"));
            cell.eval();
            cells[layer] = cell;
        }
        return cells;
    }

    private Parameter DecoderParameter(string name) =>
        decoder.get_parameter(name) ?? throw new InvalidOperationException($"The decoder LSTM has no parameter {name}.");

    private static void ShareParameter(LSTMCell cell, string name, Parameter shared)
    {
        var own = cell.get_parameter(name) ?? throw new InvalidOperationException($"LSTMCell has no parameter {name}.");
        switch (name)
        {
            case "weight_ih": cell.weight_ih = shared; break;
            case "weight_hh": cell.weight_hh = shared; break;
            case "bias_ih": cell.bias_ih = shared; break;
            default: cell.bias_hh = shared; break;
        }
        // The cell's freshly initialised tensor is replaced; free it now rather than through the finalizer.
        own.Dispose();
    }

    private static (Tensor Output, Tensor H, Tensor C) RunPacked(LSTM lstm, Tensor embedded, long[] lengths, (Tensor H, Tensor C) state)
    {
        var steps = embedded.shape[1];
        if (lengths.All(length => length == steps))
        {
            // Every row is full length: the unpacked call takes libtorch's fastest (oneDNN) path.
            return lstm.forward(embedded, state);
        }
        using var lengthTensor = tensor(lengths, int64);
        var packed = nn.utils.rnn.pack_padded_sequence(embedded, lengthTensor, batch_first: true, enforce_sorted: false);
        var (packedOutput, h, c) = lstm.call(packed, state);
        var (output, _) = nn.utils.rnn.pad_packed_sequence(packedOutput, batch_first: true, total_length: steps);
        packed.Dispose();
        packedOutput.Dispose();
        return (output, h, c);
    }
}
