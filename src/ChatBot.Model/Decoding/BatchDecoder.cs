using ChatBot.Model.Conversation;

namespace ChatBot.Model.Decoding;

/// <summary>
/// Continuous batching: the replies of many conversations are generated together, one batched decoder step
/// (<see cref="DecoderKernel"/>: embedding, LSTM layers, projection) per character for all of them, and
/// conversations join and leave between steps. Joining conversations have their messages encoded together, also
/// batched. Each row chooses its own next character, so greedy and sampled replies share a batch.
/// </summary>
/// <remarks>
/// A reply and its state do not depend on which other conversations were in the batch: the kernel computes every row
/// the same way whatever the batch size and position (<see cref="PanelMatrix"/>). Decoding a conversation alone
/// (<see cref="ChatModel.Respond"/>) therefore gives exactly the same reply and state. Not thread-safe: one thread
/// calls <see cref="Join"/> and <see cref="Step"/>. The state lives in managed arrays; no tensors are involved.
/// </remarks>
public sealed class BatchDecoder : IDisposable
{
    private readonly ChatModel model;
    private readonly DecoderKernel kernel;
    private readonly List<DecodeStream> joining = [];
    // Row r of the state arrays belongs to active[r].
    private readonly List<DecodeStream> active = [];
    private float[][] h;
    private float[][] c;
    private int[] tokens = [];
    private float[] logits = [];
    private DecoderKernel.Workspace? workspace;
    private bool disposed;

    internal BatchDecoder(ChatModel model)
    {
        this.model = model;
        kernel = model.Kernel;
        h = new float[kernel.Layers][];
        c = new float[kernel.Layers][];
        Array.Fill(h, []);
        Array.Fill(c, []);
    }

    /// <summary>Streams being generated.</summary>
    public int ActiveCount => active.Count;

    /// <summary>Streams that joined and are encoded at the next step.</summary>
    public int JoiningCount => joining.Count;

    public bool HasWork => active.Count + joining.Count > 0;

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
    /// whose reply ended. If something fails, every stream in the batch gets the exception and the batch is emptied.
    /// </summary>
    public void Step()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!HasWork)
        {
            return;
        }
        try
        {
            DropCancelled();
            if (joining.Count > 0)
            {
                EncodeJoining();
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
        if (state.Layers != kernel.Layers || state.HiddenSize != kernel.HiddenSize)
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

    /// <summary>Encodes the joining streams' messages, all together, into new rows at the end of the batch.</summary>
    private void EncodeJoining()
    {
        var hidden = kernel.HiddenSize;
        EnsureCapacity(active.Count + joining.Count);
        // Longest message first: at each character position the rows still reading form a prefix.
        var streams = joining.OrderByDescending(stream => stream.Message.Length).ToList();
        var first = active.Count;
        for (var i = 0; i < streams.Count; i++)
        {
            for (var layer = 0; layer < kernel.Layers; layer++)
            {
                var hRow = h[layer].AsSpan((first + i) * hidden, hidden);
                var cRow = c[layer].AsSpan((first + i) * hidden, hidden);
                if (streams[i].State is { } state)
                {
                    state.Hidden.AsSpan(layer * hidden, hidden).CopyTo(hRow);
                    state.Cell.AsSpan(layer * hidden, hidden).CopyTo(cRow);
                }
                else
                {
                    hRow.Clear();
                    cRow.Clear();
                }
            }
        }
        kernel.Encode(streams.Select(stream => stream.Message).ToList(), first, h, c, workspace!);
        active.AddRange(streams);
        joining.Clear();
    }

    private void DecodeOneCharacter()
    {
        var rows = active.Count;
        for (var row = 0; row < rows; row++)
        {
            tokens[row] = (int)active[row].NextInput;
        }
        kernel.Step(tokens, rows, h, c, logits, workspace!);

        var stride = kernel.LogitStride;
        var vocabulary = kernel.VocabularySize;
        List<(DecodeStream Stream, Reply Reply)>? completed = null;
        // Backwards, so that removing a row (the last row moves into its place) never skips one.
        for (var row = rows - 1; row >= 0; row--)
        {
            var stream = active[row];
            if (stream.Advance(logits.AsSpan(row * stride, vocabulary)))
            {
                completed ??= [];
                completed.Add((stream, new Reply(model.Vocabulary.Decode(stream.Generated), StateOf(row))));
                Remove(row);
            }
        }
        if (completed is not null)
        {
            foreach (var (stream, reply) in completed)
            {
                stream.Complete(reply);
            }
        }
    }

    private ConversationState StateOf(int row)
    {
        var hidden = kernel.HiddenSize;
        var hValues = new float[kernel.Layers * hidden];
        var cValues = new float[kernel.Layers * hidden];
        for (var layer = 0; layer < kernel.Layers; layer++)
        {
            h[layer].AsSpan(row * hidden, hidden).CopyTo(hValues.AsSpan(layer * hidden));
            c[layer].AsSpan(row * hidden, hidden).CopyTo(cValues.AsSpan(layer * hidden));
        }
        return new ConversationState(model.Fingerprint, kernel.Layers, hidden, hValues, cValues);
    }

    /// <summary>Takes <paramref name="row"/> out of the batch: the last row moves into its place.</summary>
    private void Remove(int row)
    {
        var last = active.Count - 1;
        if (row != last)
        {
            var hidden = kernel.HiddenSize;
            for (var layer = 0; layer < kernel.Layers; layer++)
            {
                h[layer].AsSpan(last * hidden, hidden).CopyTo(h[layer].AsSpan(row * hidden));
                c[layer].AsSpan(last * hidden, hidden).CopyTo(c[layer].AsSpan(row * hidden));
            }
            active[row] = active[last];
        }
        active.RemoveAt(last);
    }

    private void EnsureCapacity(int rows)
    {
        if (workspace is not null && workspace.Capacity >= rows)
        {
            return;
        }
        var capacity = Math.Max(rows, Math.Max(4, 2 * (workspace?.Capacity ?? 0)));
        var hidden = kernel.HiddenSize;
        for (var layer = 0; layer < kernel.Layers; layer++)
        {
            Array.Resize(ref h[layer], capacity * hidden);
            Array.Resize(ref c[layer], capacity * hidden);
        }
        Array.Resize(ref tokens, capacity);
        logits = new float[capacity * kernel.LogitStride];
        workspace = kernel.CreateWorkspace(capacity);
    }

    private void FailAll(Exception exception)
    {
        foreach (var stream in joining.Concat(active))
        {
            stream.Fail(exception);
        }
        joining.Clear();
        active.Clear();
    }
}
