using ChatBot.Model.Conversation;
using ChatBot.Model.Text;

namespace ChatBot.Model.Decoding;

/// <summary>
/// Continuous batching: the replies of many conversations are generated together, and conversations join and leave
/// between steps. Every step runs one batched encoder step for the conversations still reading their message and one
/// batched decoder step (<see cref="DecoderKernel"/>: embedding, LSTM layers, projection) for those generating, so a
/// joining conversation never holds up the others. Each row chooses its own next character, so greedy and sampled
/// replies share a batch.
/// </summary>
/// <remarks>
/// A reply and its state do not depend on which other conversations were in the batch: the kernels compute every
/// row the same way whatever the batch size and position (<see cref="PanelMatrix"/>), and a row goes through the same
/// sequence of steps as alone. Decoding a conversation alone (ChatModel.Respond) therefore gives exactly
/// the same reply and state. Not thread-safe: one thread calls <see cref="Join"/> and <see cref="Step"/>. The state
/// lives in managed arrays; no tensors are involved.
/// </remarks>
public sealed class BatchDecoder : IDisposable
{
    private readonly DecoderKernel kernel;
    private readonly Vocabulary vocabulary;
    private readonly string fingerprint;
    private readonly List<DecodeStream> joining = [];
    // Row r of the state arrays belongs to rows[r]: first the generating streams, then those still encoding.
    private readonly List<DecodeStream> rows = [];
    private int generating;
    private float[][] h;
    private float[][] c;
    private int[] tokens = [];
    private float[] logits = [];
    private DecoderKernel.Workspace? workspace;
    private bool disposed;

    internal BatchDecoder(DecoderKernel kernel, Vocabulary vocabulary, string fingerprint)
    {
        this.kernel = kernel;
        this.vocabulary = vocabulary;
        this.fingerprint = fingerprint;
        h = new float[kernel.Layers][];
        c = new float[kernel.Layers][];
        Array.Fill(h, []);
        Array.Fill(c, []);
    }

    /// <summary>Streams in the batch (encoding their message or generating).</summary>
    public int ActiveCount => rows.Count;

    /// <summary>Streams that joined and enter the batch at the next step.</summary>
    public int JoiningCount => joining.Count;

    public bool HasWork => rows.Count + joining.Count > 0;

    /// <summary>Adds a conversation; it enters the batch at the next <see cref="Step"/>.</summary>
    /// <exception cref="ConversationStateMismatchException">The state was produced by another model.</exception>
    /// <exception cref="ArgumentException">Beam search was asked for; it is not batched (use <see cref="ChatModel.Respond"/>).</exception>
    public DecodeStream Join(ConversationState? state, string userText, DecodingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userText);
        if (options.Strategy == DecodingStrategy.Beam)
        {
            throw new ArgumentException("Beam search is not batched.", nameof(options));
        }
        return Add(new DecodeStream(Checked(state), kernel.CreateMemory(state), vocabulary.Encode(userText), options, forcedReply: null, cancellationToken));
    }

    /// <summary>Feeds a known reply instead of choosing characters, keeping the logits of every step (teacher forcing).</summary>
    internal DecodeStream JoinForced(ConversationState? state, string userText, int[] reply) =>
        Add(new DecodeStream(Checked(state), kernel.CreateMemory(state), vocabulary.Encode(userText), DecodingOptions.Greedy, reply, CancellationToken.None));

    /// <summary>
    /// Drops cancelled streams, takes in the joining ones, then runs one encoder step for the streams reading their
    /// message and one decoder step for the generating ones, and completes those whose reply ended. If something
    /// fails, every stream in the batch gets the exception and the batch is emptied.
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
            TakeJoining();
            if (rows.Count > generating)
            {
                EncodeOneCharacter();
            }
            if (generating > 0)
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
        if (state is not null)
        {
            kernel.CheckFits(state, fingerprint);
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
        for (var row = rows.Count - 1; row >= 0; row--)
        {
            if (rows[row].CancellationToken.IsCancellationRequested)
            {
                rows[row].Cancel();
                Remove(row);
            }
        }
    }

    /// <summary>Gives each joining stream a row with its starting state, among the encoding rows (or the generating ones for an empty message).</summary>
    private void TakeJoining()
    {
        if (joining.Count == 0)
        {
            return;
        }
        EnsureCapacity(rows.Count + joining.Count);
        var hidden = kernel.HiddenSize;
        foreach (var stream in joining)
        {
            var row = rows.Count;
            rows.Add(stream);
            for (var layer = 0; layer < kernel.Layers; layer++)
            {
                var hRow = h[layer].AsSpan(row * hidden, hidden);
                var cRow = c[layer].AsSpan(row * hidden, hidden);
                if (stream.State is { } state)
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
            if (!stream.IsEncoding)
            {
                StartGenerating(row);
            }
        }
        joining.Clear();
    }

    /// <summary>The encoder reads one more character of every encoding stream's message.</summary>
    private void EncodeOneCharacter()
    {
        var count = rows.Count - generating;
        for (var i = 0; i < count; i++)
        {
            var stream = rows[generating + i];
            tokens[i] = stream.Message[stream.Encoded];
            stream.Encoded++;
        }
        kernel.EncodeStep(tokens, generating, count, h, c, workspace!, row => rows[row].Memory);
        // Streams done reading start generating in this same step. Rows below `row` have been looked at already.
        for (var row = generating; row < rows.Count; row++)
        {
            if (!rows[row].IsEncoding)
            {
                StartGenerating(row);
            }
        }
    }

    private void DecodeOneCharacter()
    {
        for (var row = 0; row < generating; row++)
        {
            tokens[row] = (int)rows[row].NextInput;
        }
        kernel.Step(tokens, generating, h, c, logits, workspace!, row => rows[row].Memory, row => rows[row].Generated);

        var stride = kernel.LogitStride;
        var vocabularySize = kernel.VocabularySize;
        List<(DecodeStream Stream, Reply Reply)>? completed = null;
        // Backwards, so that removing a row (another moves into its place) never skips one.
        for (var row = generating - 1; row >= 0; row--)
        {
            var stream = rows[row];
            if (stream.Advance(logits.AsSpan(row * stride, vocabularySize)))
            {
                completed ??= [];
                completed.Add((stream, new Reply(ReplyText.Decode(vocabulary, stream.Generated, stream.ReachedLimit), StateOf(row), stream.ReachedLimit)));
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
        var memory = rows[row].Memory;
        return new ConversationState(fingerprint, kernel.Layers, hidden, hValues, cValues, memory.TokensArray(), memory.KeysArray(), memory.AttentionSize);
    }

    /// <summary>Moves an encoding row to the end of the generating rows.</summary>
    private void StartGenerating(int row)
    {
        Swap(row, generating);
        generating++;
    }

    /// <summary>Takes <paramref name="row"/> out of the batch, keeping the generating rows first.</summary>
    private void Remove(int row)
    {
        if (row < generating)
        {
            // The last generating row fills the gap, the last row fills that one's place.
            generating--;
            Swap(row, generating);
            row = generating;
        }
        Swap(row, rows.Count - 1);
        rows.RemoveAt(rows.Count - 1);
    }

    private void Swap(int first, int second)
    {
        if (first == second)
        {
            return;
        }
        var hidden = kernel.HiddenSize;
        for (var layer = 0; layer < kernel.Layers; layer++)
        {
            SwapRow(h[layer], first, second, hidden);
            SwapRow(c[layer], first, second, hidden);
        }
        (rows[first], rows[second]) = (rows[second], rows[first]);
    }

    private static void SwapRow(float[] values, int first, int second, int width)
    {
        Span<float> temporary = stackalloc float[width];
        values.AsSpan(first * width, width).CopyTo(temporary);
        values.AsSpan(second * width, width).CopyTo(values.AsSpan(first * width, width));
        temporary.CopyTo(values.AsSpan(second * width, width));
    }

    private void EnsureCapacity(int count)
    {
        if (workspace is not null && workspace.Capacity >= count)
        {
            return;
        }
        var capacity = Math.Max(count, Math.Max(4, 2 * (workspace?.Capacity ?? 0)));
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
        foreach (var stream in joining.Concat(rows))
        {
            stream.Fail(exception);
        }
        joining.Clear();
        rows.Clear();
        generating = 0;
    }
}
