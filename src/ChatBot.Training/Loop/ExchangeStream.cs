namespace ChatBot.Training.Loop;

/// <summary>
/// Feeds dialogues to the rows of a batch, one exchange per row per call, in order within each dialogue. When a
/// row's dialogue ends it takes the next one from a seeded shuffle (training, endless) or from the list in order
/// (evaluation, one pass). The whole position is a few integers, so a checkpoint can restore it exactly.
/// </summary>
public sealed class ExchangeStream
{
    private readonly IReadOnlyList<EncodedDialogue> dialogues;
    private readonly int seed;
    private readonly bool shuffleForever;
    private StreamPosition position;
    private int[] order;

    public ExchangeStream(IReadOnlyList<EncodedDialogue> dialogues, int rows, int seed, bool shuffleForever)
    {
        if (dialogues.Count == 0)
        {
            throw new ArgumentException("There are no dialogues to stream.", nameof(dialogues));
        }
        this.dialogues = dialogues;
        this.seed = seed;
        this.shuffleForever = shuffleForever;
        position = new StreamPosition(0, 0, Enumerable.Repeat(-1, rows).ToArray(), new int[rows]);
        order = OrderFor(0);
    }

    public int Rows => position.Dialogue.Length;

    /// <summary>A copy of the current position, for checkpoints.</summary>
    public StreamPosition Position
    {
        get => position with { Dialogue = (int[])position.Dialogue.Clone(), Exchange = (int[])position.Exchange.Clone() };
        set
        {
            if (value.Dialogue.Length != Rows)
            {
                throw new ArgumentException($"The saved stream has {value.Dialogue.Length} rows, this one {Rows}.");
            }
            position = value with { Dialogue = (int[])value.Dialogue.Clone(), Exchange = (int[])value.Exchange.Clone() };
            order = OrderFor(position.Epoch);
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
            if (position.Dialogue[row] < 0 || position.Exchange[row] >= dialogues[position.Dialogue[row]].Exchanges)
            {
                var next = Take();
                position.Dialogue[row] = next;
                position.Exchange[row] = 0;
                startsDialogue = true;
                if (next < 0)
                {
                    continue;
                }
            }
            var dialogue = dialogues[position.Dialogue[row]];
            var exchange = position.Exchange[row]++;
            rows.Add(row);
            user.Add(dialogue.User[exchange]);
            bot.Add(dialogue.Bot[exchange]);
            starts.Add(startsDialogue);
        }
        return rows.Count == 0 ? null : new ExchangeBatch(rows.ToArray(), user.ToArray(), bot.ToArray(), starts.ToArray());
    }

    private int Take()
    {
        if (position.NextInEpoch >= order.Length)
        {
            if (!shuffleForever)
            {
                return -1;
            }
            position = position with { Epoch = position.Epoch + 1, NextInEpoch = 0 };
            order = OrderFor(position.Epoch);
        }
        var index = order[position.NextInEpoch];
        position = position with { NextInEpoch = position.NextInEpoch + 1 };
        return index;
    }

    private int[] OrderFor(int epoch)
    {
        var indices = Enumerable.Range(0, dialogues.Count).ToArray();
        if (shuffleForever)
        {
            new Random(unchecked(seed * 7919 + epoch)).Shuffle(indices);
        }
        return indices;
    }
}
