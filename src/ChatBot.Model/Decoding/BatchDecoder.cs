using ChatBot.Model.Conversation;
using ChatBot.Model.Text;
using static TorchSharp.torch;

namespace ChatBot.Model.Decoding;

/// <summary>
/// Continuous batching: the replies of many conversations are generated together, one batched decoder step (embedding,
/// one LSTMCell per layer, projection) per character for all of them, and conversations join and leave between
/// steps. Joining conversations have their messages encoded together (one encoder call per message length). Each
/// row chooses its own next character in managed code, so greedy and sampled replies share a batch.
/// </summary>
/// <remarks>
/// Batches are padded to sizes at which libtorch gives every row the same bits (<see cref="RowPadding"/>), so a
/// reply and its state do not depend on which other conversations were in the batch: decoding a conversation alone
/// (<see cref="ChatModel.Respond"/>) gives exactly the same reply and state. Not thread-safe: one thread calls
/// <see cref="Join"/> and <see cref="Step"/>. The decoder owns its state tensors; dispose it when done.
/// </remarks>
public sealed class BatchDecoder : IDisposable
{
    private readonly ChatModel model;
    private readonly List<DecodeStream> joining = [];
    private readonly List<DecodeStream> active = [];
    // Per layer [rows, hidden]; the first active.Count rows belong to the active streams, in order, the rest pad.
    private Tensor[] h = [];
    private Tensor[] c = [];
    // Rows (of h/c) still in use since the last step, in the order of `active`; null when nothing left.
    private List<long>? keptRows;
    private bool disposed;

    internal BatchDecoder(ChatModel model) => this.model = model;

    /// <summary>Streams being generated.</summary>
    public int ActiveCount => active.Count;

    /// <summary>Streams that joined and are encoded at the next step.</summary>
    public int JoiningCount => joining.Count;

    public bool HasWork => active.Count + joining.Count > 0;

    /// <summary>Rows of the last step's batch, padding included.</summary>
    public int BatchRows => h.Length == 0 ? 0 : (int)h[0].shape[0];

    /// <summary>Adds a conversation; its message is encoded at the next <see cref="Step"/>.</summary>
    /// <exception cref="ConversationStateMismatchException">The state was produced by another model.</exception>
    /// <exception cref="ArgumentException">Beam search was asked for; it is not batched (use <see cref="ChatModel.Respond"/>).</exception>
    public DecodeStream Join(ConversationState? state, string userText, DecodingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userText);
        if (options.Strategy == DecodingStrategy.Beam)
        {
            throw new ArgumentException("Beam search is not batched.", nameof(options));
        }
        return Add(new DecodeStream(Checked(state), model.Vocabulary.Encode(userText), options, forcedReply: null, cancellationToken));
    }

    /// <summary>Feeds a known reply instead of choosing characters, keeping the logits of every step (teacher forcing).</summary>
    internal DecodeStream JoinForced(ConversationState? state, string userText, int[] reply) =>
        Add(new DecodeStream(Checked(state), model.Vocabulary.Encode(userText), DecodingOptions.Greedy, reply, CancellationToken.None));

    /// <summary>
    /// Drops cancelled streams, encodes the joining ones, then runs one decoder step for all and completes those
    /// whose reply ended. If libtorch fails, every stream in the batch gets the exception and the batch is emptied.
    /// </summary>
    public void Step()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!HasWork)
        {
            return;
        }
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        try
        {
            DropCancelled();
            var joined = EncodeJoining();
            if (keptRows is not null || joined.Count > 0)
            {
                Rebuild(joined);
            }
            if (active.Count > 0)
            {
                DecodeOneCharacter();
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            FailAll(exception);
        }
    }

    /// <summary>Ends every conversation in the batch (joining or generating) with <paramref name="reason"/> and empties it.</summary>
    public void Abort(Exception reason) => FailAll(reason);

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        FailAll(new ObjectDisposedException(nameof(BatchDecoder)));
    }

    private DecodeStream Add(DecodeStream stream)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        joining.Add(stream);
        return stream;
    }

    private ConversationState? Checked(ConversationState? state)
    {
        if (state is null)
        {
            return null;
        }
        if (!string.Equals(state.ModelFingerprint, model.Fingerprint, StringComparison.Ordinal))
        {
            throw new ConversationStateMismatchException(model.Fingerprint, state.ModelFingerprint);
        }
        var hyper = model.Metadata.Hyper;
        if (state.Layers != hyper.Layers || state.HiddenSize != hyper.HiddenSize)
        {
            throw new ConversationStateMismatchException(model.Fingerprint, state.ModelFingerprint + " (shape)");
        }
        return state;
    }

    private void DropCancelled()
    {
        joining.RemoveAll(stream =>
        {
            if (!stream.CancellationToken.IsCancellationRequested)
            {
                return false;
            }
            stream.Cancel();
            return true;
        });
        for (var row = active.Count - 1; row >= 0; row--)
        {
            if (active[row].CancellationToken.IsCancellationRequested)
            {
                active[row].Cancel();
                Remove(row);
            }
        }
    }

    /// <summary>Encodes the joining streams' messages, batched per message length; returns (streams, h, c [layers, rows, hidden]).</summary>
    private List<(List<DecodeStream> Streams, Tensor H, Tensor C)> EncodeJoining()
    {
        var joined = new List<(List<DecodeStream>, Tensor, Tensor)>();
        if (joining.Count == 0)
        {
            return joined;
        }
        var hyper = model.Metadata.Hyper;
        foreach (var group in joining.GroupBy(stream => stream.Message.Length))
        {
            var streams = group.ToList();
            var length = group.Key;
            var rows = length == 0 ? streams.Count : model.EncoderPadding.PadTo(streams.Count);
            var size = hyper.Layers * rows * hyper.HiddenSize;
            var h0 = new float[size];
            var c0 = new float[size];
            for (var row = 0; row < streams.Count; row++)
            {
                if (streams[row].State is { } state)
                {
                    for (var layer = 0; layer < hyper.Layers; layer++)
                    {
                        var at = (layer * rows + row) * hyper.HiddenSize;
                        Array.Copy(state.Hidden, layer * hyper.HiddenSize, h0, at, hyper.HiddenSize);
                        Array.Copy(state.Cell, layer * hyper.HiddenSize, c0, at, hyper.HiddenSize);
                    }
                }
            }
            long[] shape = [hyper.Layers, rows, hyper.HiddenSize];
            var h = tensor(h0, shape);
            var c = tensor(c0, shape);
            if (length > 0)
            {
                var tokens = new long[rows * length];
                for (var row = 0; row < streams.Count; row++)
                {
                    for (var i = 0; i < length; i++)
                    {
                        tokens[row * length + i] = streams[row].Message[i];
                    }
                }
                (h, c) = model.Network.Encode(tensor(tokens, [rows, length]), Enumerable.Repeat((long)length, rows).ToArray(), (h, c));
            }
            joined.Add((streams, h, c));
        }
        joining.Clear();
        return joined;
    }

    /// <summary>New batch: the rows kept from the last step, then the joined streams, then zero padding.</summary>
    private void Rebuild(List<(List<DecodeStream> Streams, Tensor H, Tensor C)> joined)
    {
        var hyper = model.Metadata.Hyper;
        var kept = keptRows ?? Enumerable.Range(0, active.Count).Select(row => (long)row).ToList();
        var real = kept.Count + joined.Sum(group => group.Streams.Count);
        var rows = real == 0 ? 0 : model.DecoderPadding.PadTo(real);
        var keep = kept.Count > 0 && h.Length > 0 ? tensor(kept.ToArray(), int64) : null;
        var newH = new Tensor[hyper.Layers];
        var newC = new Tensor[hyper.Layers];
        for (var layer = 0; layer < hyper.Layers; layer++)
        {
            var hParts = new List<Tensor>();
            var cParts = new List<Tensor>();
            if (keep is not null)
            {
                hParts.Add(h[layer].index_select(0, keep));
                cParts.Add(c[layer].index_select(0, keep));
            }
            foreach (var (streams, groupH, groupC) in joined)
            {
                hParts.Add(groupH[layer].narrow(0, 0, streams.Count));
                cParts.Add(groupC[layer].narrow(0, 0, streams.Count));
            }
            if (rows > real)
            {
                hParts.Add(zeros(rows - real, hyper.HiddenSize));
                cParts.Add(zeros(rows - real, hyper.HiddenSize));
            }
            newH[layer] = rows == 0 ? zeros(0, hyper.HiddenSize) : cat(hParts, 0);
            newC[layer] = rows == 0 ? zeros(0, hyper.HiddenSize) : cat(cParts, 0);
        }
        foreach (var (streams, _, _) in joined)
        {
            active.AddRange(streams);
        }
        Replace(newH, newC);
        keptRows = null;
    }

    private void DecodeOneCharacter()
    {
        var rows = (int)h[0].shape[0];
        var tokens = new long[rows];
        for (var row = 0; row < active.Count; row++)
        {
            tokens[row] = active[row].NextInput;
        }
        // Padding rows read the padding character; their results are never used.
        var hs = (Tensor[])h.Clone();
        var cs = (Tensor[])c.Clone();
        var logits = model.Stepper.Step(tokens, hs, cs).data<float>().ToArray();
        Replace(hs, cs);

        var vocabulary = model.Network.VocabularySize;
        var finished = new List<int>();
        for (var row = 0; row < active.Count; row++)
        {
            if (active[row].Advance(logits.AsSpan(row * vocabulary, vocabulary)))
            {
                finished.Add(row);
            }
        }
        if (finished.Count == 0)
        {
            return;
        }
        var hidden = h.Select(layer => layer.data<float>().ToArray()).ToArray();
        var cell = c.Select(layer => layer.data<float>().ToArray()).ToArray();
        var completed = new List<(DecodeStream, Reply)>();
        for (var i = finished.Count - 1; i >= 0; i--)
        {
            var row = finished[i];
            var stream = active[row];
            completed.Add((stream, new Reply(model.Vocabulary.Decode(stream.Generated), StateOf(hidden, cell, row))));
            Remove(row);
        }
        foreach (var (stream, reply) in completed)
        {
            stream.Complete(reply);
        }
    }

    private ConversationState StateOf(float[][] hidden, float[][] cell, int row)
    {
        var hyper = model.Metadata.Hyper;
        var hValues = new float[hyper.Layers * hyper.HiddenSize];
        var cValues = new float[hyper.Layers * hyper.HiddenSize];
        for (var layer = 0; layer < hyper.Layers; layer++)
        {
            Array.Copy(hidden[layer], row * hyper.HiddenSize, hValues, layer * hyper.HiddenSize, hyper.HiddenSize);
            Array.Copy(cell[layer], row * hyper.HiddenSize, cValues, layer * hyper.HiddenSize, hyper.HiddenSize);
        }
        return new ConversationState(model.Fingerprint, hyper.Layers, hyper.HiddenSize, hValues, cValues);
    }

    /// <summary>Takes <paramref name="row"/> of the current batch out of the active streams; the batch is rebuilt at the next step.</summary>
    private void Remove(int row)
    {
        keptRows ??= Enumerable.Range(0, active.Count).Select(r => (long)r).ToList();
        keptRows.RemoveAt(row);
        active.RemoveAt(row);
    }

    /// <summary>Makes the new state tensors the decoder's own (outside the step's dispose scope) and frees the old ones.</summary>
    private void Replace(Tensor[] newH, Tensor[] newC)
    {
        foreach (var tensor in h.Concat(c))
        {
            tensor.Dispose();
        }
        h = newH.Select(tensor => tensor.DetachFromDisposeScope()).ToArray();
        c = newC.Select(tensor => tensor.DetachFromDisposeScope()).ToArray();
    }

    private void FailAll(Exception exception)
    {
        foreach (var stream in joining.Concat(active))
        {
            stream.Fail(exception);
        }
        joining.Clear();
        active.Clear();
        keptRows = null;
        foreach (var tensor in h.Concat(c))
        {
            tensor.Dispose();
        }
        h = [];
        c = [];
    }
}
