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
    private readonly DecoderKernel _kernel;
    private readonly Vocabulary _vocabulary;
    private readonly string _fingerprint;
    private readonly List<DecodeStream> _joining = [];
    // Row r of the state arrays belongs to rows[r]: first the generating streams, then those still encoding.
    private readonly List<DecodeStream> _rows = [];
    private int _generating;
    private float[][] _h;
    private float[][] _c;
    private int[] _tokens = [];
    private float[] _logits = [];
    private DecoderKernel.Workspace? _workspace;
    private bool _disposed;

    internal BatchDecoder(DecoderKernel kernel, Vocabulary vocabulary, string fingerprint)
    {
        _kernel = kernel;
        _vocabulary = vocabulary;
        _fingerprint = fingerprint;
        _h = new float[kernel.Layers][];
        _c = new float[kernel.Layers][];
        Array.Fill(_h, []);
        Array.Fill(_c, []);
    }

    /// <summary>Streams in the batch (encoding their message or generating).</summary>
    public int ActiveCount => _rows.Count;

    /// <summary>Streams that joined and enter the batch at the next step.</summary>
    public int JoiningCount => _joining.Count;

    public bool HasWork => _rows.Count + _joining.Count > 0;

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
        return Add(new DecodeStream(Checked(state), _kernel.CreateMemory(state), _vocabulary.Encode(userText), options, forcedReply: null, cancellationToken));
    }

    /// <summary>Feeds a known reply instead of choosing characters, keeping the logits of every step (teacher forcing).</summary>
    internal DecodeStream JoinForced(ConversationState? state, string userText, int[] reply) =>
        Add(new DecodeStream(Checked(state), _kernel.CreateMemory(state), _vocabulary.Encode(userText), DecodingOptions.Greedy, reply, CancellationToken.None));

    /// <summary>
    /// Drops cancelled streams, takes in the joining ones, then runs one encoder step for the streams reading their
    /// message and one decoder step for the generating ones, and completes those whose reply ended. If something
    /// fails, every stream in the batch gets the exception and the batch is emptied.
    /// </summary>
    public void Step()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!HasWork)
        {
            return;
        }
        try
        {
            DropCancelled();
            TakeJoining();
            if (_rows.Count > _generating)
            {
                EncodeOneCharacter();
            }
            if (_generating > 0)
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
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        FailAll(new ObjectDisposedException(nameof(BatchDecoder)));
    }

    private DecodeStream Add(DecodeStream stream)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _joining.Add(stream);
        return stream;
    }

    private ConversationState? Checked(ConversationState? state)
    {
        if (state is not null)
        {
            _kernel.CheckFits(state, _fingerprint);
        }
        return state;
    }

    private void DropCancelled()
    {
        _joining.RemoveAll(stream =>
        {
            if (!stream.CancellationToken.IsCancellationRequested)
            {
                return false;
            }
            stream.Cancel();
            return true;
        });
        for (var row = _rows.Count - 1; row >= 0; row--)
        {
            if (_rows[row].CancellationToken.IsCancellationRequested)
            {
                _rows[row].Cancel();
                Remove(row);
            }
        }
    }

    /// <summary>Gives each joining stream a row with its starting state, among the encoding rows (or the generating ones for an empty message).</summary>
    private void TakeJoining()
    {
        if (_joining.Count == 0)
        {
            return;
        }
        EnsureCapacity(_rows.Count + _joining.Count);
        var hidden = _kernel.HiddenSize;
        foreach (var stream in _joining)
        {
            var row = _rows.Count;
            _rows.Add(stream);
            for (var layer = 0; layer < _kernel.Layers; layer++)
            {
                var hRow = _h[layer].AsSpan(row * hidden, hidden);
                var cRow = _c[layer].AsSpan(row * hidden, hidden);
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
        _joining.Clear();
    }

    /// <summary>The encoder reads one more character of every encoding stream's message.</summary>
    private void EncodeOneCharacter()
    {
        var count = _rows.Count - _generating;
        for (var i = 0; i < count; i++)
        {
            var stream = _rows[_generating + i];
            _tokens[i] = stream.Message[stream.Encoded];
            stream.Encoded++;
        }
        _kernel.EncodeStep(_tokens, _generating, count, _h, _c, _workspace!, row => _rows[row].Memory);
        // Streams done reading start generating in this same step. Rows below `row` have been looked at already.
        for (var row = _generating; row < _rows.Count; row++)
        {
            if (!_rows[row].IsEncoding)
            {
                StartGenerating(row);
            }
        }
    }

    private void DecodeOneCharacter()
    {
        for (var row = 0; row < _generating; row++)
        {
            _tokens[row] = (int)_rows[row].NextInput;
        }
        _kernel.Step(_tokens, _generating, _h, _c, _logits, _workspace!, row => _rows[row].Memory, row => _rows[row].Generated);

        var stride = _kernel.LogitStride;
        var vocabularySize = _kernel.VocabularySize;
        List<(DecodeStream Stream, Reply Reply)>? completed = null;
        // Backwards, so that removing a row (another moves into its place) never skips one.
        for (var row = _generating - 1; row >= 0; row--)
        {
            var stream = _rows[row];
            if (stream.Advance(_logits.AsSpan(row * stride, vocabularySize)))
            {
                completed ??= [];
                completed.Add((stream, new Reply(ReplyText.Decode(_vocabulary, stream.Generated, stream.ReachedLimit), StateOf(row), stream.ReachedLimit)));
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
        var hidden = _kernel.HiddenSize;
        var hValues = new float[_kernel.Layers * hidden];
        var cValues = new float[_kernel.Layers * hidden];
        for (var layer = 0; layer < _kernel.Layers; layer++)
        {
            _h[layer].AsSpan(row * hidden, hidden).CopyTo(hValues.AsSpan(layer * hidden));
            _c[layer].AsSpan(row * hidden, hidden).CopyTo(cValues.AsSpan(layer * hidden));
        }
        var memory = _rows[row].Memory;
        return new ConversationState(_fingerprint, _kernel.Layers, hidden, hValues, cValues, memory.TokensArray(), memory.KeysArray(), memory.AttentionSize);
    }

    /// <summary>Moves an encoding row to the end of the generating rows.</summary>
    private void StartGenerating(int row)
    {
        Swap(row, _generating);
        _generating++;
    }

    /// <summary>Takes <paramref name="row"/> out of the batch, keeping the generating rows first.</summary>
    private void Remove(int row)
    {
        if (row < _generating)
        {
            // The last generating row fills the gap, the last row fills that one's place.
            _generating--;
            Swap(row, _generating);
            row = _generating;
        }
        Swap(row, _rows.Count - 1);
        _rows.RemoveAt(_rows.Count - 1);
    }

    private void Swap(int first, int second)
    {
        if (first == second)
        {
            return;
        }
        var hidden = _kernel.HiddenSize;
        for (var layer = 0; layer < _kernel.Layers; layer++)
        {
            SwapRow(_h[layer], first, second, hidden);
            SwapRow(_c[layer], first, second, hidden);
        }
        (_rows[first], _rows[second]) = (_rows[second], _rows[first]);
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
        if (_workspace is not null && _workspace.Capacity >= count)
        {
            return;
        }
        var capacity = Math.Max(count, Math.Max(4, 2 * (_workspace?.Capacity ?? 0)));
        var hidden = _kernel.HiddenSize;
        for (var layer = 0; layer < _kernel.Layers; layer++)
        {
            Array.Resize(ref _h[layer], capacity * hidden);
            Array.Resize(ref _c[layer], capacity * hidden);
        }
        Array.Resize(ref _tokens, capacity);
        _logits = new float[capacity * _kernel.LogitStride];
        _workspace = _kernel.CreateWorkspace(capacity);
    }

    private void FailAll(Exception exception)
    {
        foreach (var stream in _joining.Concat(_rows))
        {
            stream.Fail(exception);
        }
        _joining.Clear();
        _rows.Clear();
        _generating = 0;
    }
}
