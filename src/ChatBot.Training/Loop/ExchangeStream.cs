namespace ChatBot.Training.Loop;

/// <summary>
/// Feeds dialogues to the rows of a batch, one exchange per row per call, in order within each dialogue. When a
/// row's dialogue ends it takes the next one from a seeded shuffle (training, endless) or from the list in order
/// (evaluation, one pass). The whole position is a few integers, so a checkpoint can restore it exactly. An optional
/// variant function gives the dialogue as fed (for instance with fresh memory values); it must depend only on the
/// dialogue's index and the epoch it is taken in, so that a restored position feeds the same text.
/// </summary>
public sealed class ExchangeStream
{
    private readonly IReadOnlyList<EncodedDialogue> _dialogues;
    private readonly int _seed;
    private readonly bool _shuffleForever;
    private readonly Func<int, int, EncodedDialogue>? _variant;
    private readonly EncodedDialogue?[] _current;
    private StreamPosition _position;
    private int[] _order;

    /// <param name="variant">(dialogue index, epoch) → the dialogue as that row feeds it; null feeds the dialogues as they are.</param>
    public ExchangeStream(IReadOnlyList<EncodedDialogue> dialogues, int rows, int seed, bool shuffleForever,
        Func<int, int, EncodedDialogue>? variant = null)
    {
        if (dialogues.Count == 0)
        {
            throw new ArgumentException("There are no dialogues to stream.", nameof(dialogues));
        }
        _dialogues = dialogues;
        _seed = seed;
        _shuffleForever = shuffleForever;
        _variant = variant;
        _current = new EncodedDialogue?[rows];
        _position = new StreamPosition(0, 0, Enumerable.Repeat(-1, rows).ToArray(), new int[rows], new int[rows]);
        _order = OrderFor(0);
    }

    public int Rows => _position.Dialogue.Length;

    /// <summary>A copy of the current position, for checkpoints.</summary>
    public StreamPosition Position
    {
        get => Copy(_position);
        set
        {
            if (value.Dialogue.Length != Rows)
            {
                throw new ArgumentException($"The saved stream has {value.Dialogue.Length} rows, this one {Rows}.");
            }
            _position = Copy(value with { TakenInEpoch = value.TakenInEpoch ?? new int[value.Dialogue.Length] });
            _order = OrderFor(_position.Epoch);
            for (var row = 0; row < Rows; row++)
            {
                _current[row] = _position.Dialogue[row] < 0 ? null : Feed(_position.Dialogue[row], _position.TakenInEpoch![row]);
            }
        }
    }

    /// <summary>The next exchange of every row that still has one; null when a one-pass stream is used up.</summary>
    public ExchangeBatch? Next()
    {
        var rows = new List<int>(Rows);
        var user = new List<int[]>(Rows);
        var bot = new List<int[]>(Rows);
        var starts = new List<bool>(Rows);
        for (var row = 0; row < Rows; row++)
        {
            var startsDialogue = false;
            if (_current[row] is not { } current || _position.Exchange[row] >= current.Exchanges)
            {
                var next = Take();
                _position.Dialogue[row] = next;
                _position.Exchange[row] = 0;
                _position.TakenInEpoch![row] = _position.Epoch;
                _current[row] = next < 0 ? null : Feed(next, _position.Epoch);
                startsDialogue = true;
                if (next < 0)
                {
                    continue;
                }
            }
            var dialogue = _current[row]!;
            var exchange = _position.Exchange[row]++;
            rows.Add(row);
            user.Add(dialogue.User[exchange]);
            bot.Add(dialogue.Bot[exchange]);
            starts.Add(startsDialogue);
        }
        return rows.Count == 0 ? null : new ExchangeBatch(rows.ToArray(), user.ToArray(), bot.ToArray(), starts.ToArray());
    }

    private EncodedDialogue Feed(int index, int epoch) => _variant?.Invoke(index, epoch) ?? _dialogues[index];

    private static StreamPosition Copy(StreamPosition position) => position with
    {
        Dialogue = (int[])position.Dialogue.Clone(),
        Exchange = (int[])position.Exchange.Clone(),
        TakenInEpoch = (int[]?)position.TakenInEpoch?.Clone(),
    };

    private int Take()
    {
        if (_position.NextInEpoch >= _order.Length)
        {
            if (!_shuffleForever)
            {
                return -1;
            }
            _position = _position with { Epoch = _position.Epoch + 1, NextInEpoch = 0 };
            _order = OrderFor(_position.Epoch);
        }
        var index = _order[_position.NextInEpoch];
        _position = _position with { NextInEpoch = _position.NextInEpoch + 1 };
        return index;
    }

    private int[] OrderFor(int epoch)
    {
        var indices = Enumerable.Range(0, _dialogues.Count).ToArray();
        if (_shuffleForever)
        {
            new Random(unchecked(_seed * 7919 + epoch)).Shuffle(indices);
        }
        return indices;
    }
}
