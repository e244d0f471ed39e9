using System.Globalization;

namespace ChatBot.Trainer.Inspection;

/// <summary>
/// Lays out the picture of a traced conversation: one block per turn, its characters in a row (the user's, then the
/// reply's coloured by the bits each cost), and under them, per character, what the copy attended to, the mean gate
/// activity of every layer and the cell states of the cells that moved most in this conversation.
/// </summary>
public static class InspectionFigure
{
    public const double Column = 14;
    private const double LabelWidth = 170;
    private const double CharacterRow = 20;
    private const double Strip = 12;
    private const double Gap = 14;
    private const double Margin = 16;

    private static readonly Rgb White = new(255, 255, 255);
    private static readonly Rgb UserFill = new(230, 233, 240);
    private static readonly Rgb Costly = new(215, 48, 31);
    private static readonly Rgb GateColour = new(33, 102, 172);
    private static readonly Rgb Negative = new(33, 102, 172);
    private static readonly Rgb Positive = new(178, 24, 43);
    private static readonly Rgb CopyColour = new(26, 152, 80);

    /// <summary>Bits at which a reply character is drawn fully red.</summary>
    public const double MaxBits = 6;

    /// <summary>How many cells the heat map shows.</summary>
    public const int ShownCells = 12;

    public static FigureLayout Lay(ConversationTrace trace, FigureText text)
    {
        var cells = MostMovingCells(trace, ShownCells);
        // Each cell's row is scaled to its own largest |c|: cell states are unbounded and differ by orders of magnitude.
        var cellScale = cells.ToDictionary(cell => cell, cell => Math.Max(1e-6, trace.Characters.Select(ch => (double)Math.Abs(ch.Cells[cell])).DefaultIfEmpty(1).Max()));
        var longest = trace.Turns.Count == 0 ? 0 : trace.Turns.Max(turn => turn.User.Count + 1 + turn.Reply.Count);
        var width = Margin * 2 + LabelWidth + Math.Max(longest, 40) * Column;

        var header = new List<FigureLabel>();
        var headerBoxes = new List<FigureBox>();
        var y = Margin + 14;
        header.Add(new FigureLabel(Margin, y, text.Title, 15, Bold: true));
        foreach (var line in text.Legend())
        {
            y += 16;
            header.Add(new FigureLabel(Margin, y, line));
        }
        y += 12;
        y = ColourKey(headerBoxes, header, y, text.BitsKey, t => Rgb.Mix(White, Costly, t), $"0", $"≥{MaxBits.ToString(CultureInfo.InvariantCulture)}");
        y = ColourKey(headerBoxes, header, y, text.GateKey, t => Rgb.Mix(White, GateColour, t), "0", "1");
        y = ColourKey(headerBoxes, header, y, text.CellKey, t => t < 0.5 ? Rgb.Mix(Negative, White, t * 2) : Rgb.Mix(White, Positive, (t - 0.5) * 2),
            "−max |c|", "+max |c|");
        y += Gap;

        var groups = new List<FigureGroup>();
        for (var t = 0; t < trace.Turns.Count; t++)
        {
            var (group, height) = Turn(trace, t, cells, cellScale, text, y);
            groups.Add(group);
            y += height + Gap;
        }
        return new FigureLayout(width, y + Margin, header, headerBoxes, groups);
    }

    /// <summary>
    /// The cells (index into a character's <see cref="TracedCharacter.Cells"/>) whose value moves most over the
    /// conversation: the largest standard deviation across all its characters. A cell that takes a new value when a
    /// fact is stated and holds it until it is asked for scores high; one that barely changes does not.
    /// </summary>
    public static IReadOnlyList<int> MostMovingCells(ConversationTrace trace, int count)
    {
        var characters = trace.Characters.ToList();
        if (characters.Count == 0)
        {
            return [];
        }
        var total = trace.Layers * trace.HiddenSize;
        var spread = new double[total];
        for (var cell = 0; cell < total; cell++)
        {
            var mean = characters.Average(ch => ch.Cells[cell]);
            spread[cell] = characters.Average(ch => (ch.Cells[cell] - mean) * (ch.Cells[cell] - mean));
        }
        return Enumerable.Range(0, total).OrderByDescending(cell => spread[cell]).ThenBy(cell => cell).Take(count).ToList();
    }

    private static (FigureGroup Group, double Height) Turn(ConversationTrace trace, int index, IReadOnlyList<int> cells, IReadOnlyDictionary<int, double> cellScale, FigureText text, double top)
    {
        var turn = trace.Turns[index];
        var boxes = new List<FigureBox>();
        var labels = new List<FigureLabel>();
        var left = Margin + LabelWidth;
        var y = top + 12;
        labels.Add(new FigureLabel(Margin, y, text.TurnTitle(index + 1, turn.ReplyText), 12, Bold: true));
        y += 6;

        // The characters: the user's (neutral), a gap, the reply's coloured by their cost in bits.
        labels.Add(new FigureLabel(Margin, y + 14, text.CharactersRow));
        var columns = turn.User.Select((ch, i) => (Character: ch, IsUser: true, Index: i))
            .Concat(turn.Reply.Select((ch, i) => (Character: ch, IsUser: false, Index: i))).ToList();
        double X(int column, bool isUser) => left + (isUser ? column : column + 1) * Column;
        for (var i = 0; i < columns.Count; i++)
        {
            var (character, isUser, at) = columns[i];
            var shown = character.Symbol == " " ? "·" : character.Symbol;
            if (isUser)
            {
                boxes.Add(new FigureBox(X(i, true), y, Column - 1, CharacterRow, UserFill, text.UserTooltip(character.Symbol),
                    new Dictionary<string, string> { ["user-turn"] = index.ToString(CultureInfo.InvariantCulture), ["user-index"] = at.ToString(CultureInfo.InvariantCulture) },
                    shown, new Rgb(30, 30, 30)));
            }
            else
            {
                var bits = character.Bits ?? 0;
                var data = new Dictionary<string, string> { ["bits"] = bits.ToString("0.00", CultureInfo.InvariantCulture) };
                if (character.Attention is { } links)
                {
                    data["attention"] = string.Join(';', links.Where(link => link.Weight >= 0.01f)
                        .Select(link => string.Create(CultureInfo.InvariantCulture, $"{link.Turn}:{link.Index}:{link.Weight:0.###}")));
                }
                boxes.Add(new FigureBox(X(i, false), y, Column - 1, CharacterRow, Rgb.Mix(White, Costly, bits / MaxBits),
                    text.ReplyTooltip(character.Symbol, bits, character.Generator), data, shown, new Rgb(0, 0, 0)));
            }
        }
        y += CharacterRow + 3;

        // What each reply character copied from: the user character with the most attention, shaded by the copy's share.
        if (turn.Reply.Any(ch => ch.Attention is not null))
        {
            labels.Add(new FigureLabel(Margin, y + 11, text.CopyRow));
            for (var i = 0; i < turn.Reply.Count; i++)
            {
                var ch = turn.Reply[i];
                if (ch.Attention is not { Count: > 0 } links || ch.Generator is not { } generator)
                {
                    continue;
                }
                var best = links.MaxBy(link => link.Weight);
                var source = trace.Turns[best.Turn].User[best.Index].Symbol;
                var copied = 1 - generator;
                boxes.Add(new FigureBox(X(turn.User.Count + i, false), y, Column - 1, CharacterRow - 6, Rgb.Mix(White, CopyColour, copied),
                    text.CopyTooltip(source, best.Turn + 1, copied), null, copied >= 0.5 ? (source == " " ? "·" : source) : null,
                    copied >= 0.75 ? White : new Rgb(30, 30, 30)));
            }
            y += CharacterRow - 3;
        }

        // Gates: per layer, the mean input, forget and output gate activity.
        for (var layer = 0; layer < trace.Layers; layer++)
        {
            foreach (var (name, pick) in new (string, Func<GateActivity, float>)[] { (text.InputGate, g => g.Input), (text.ForgetGate, g => g.Forget), (text.OutputGate, g => g.Output) })
            {
                labels.Add(new FigureLabel(Margin, y + Strip - 2, text.GateRow(name, layer + 1), 9));
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = pick(columns[i].Character.Gates[layer]);
                    boxes.Add(new FigureBox(X(i, columns[i].IsUser), y, Column - 1, Strip - 1, Rgb.Mix(White, GateColour, value),
                        string.Create(CultureInfo.InvariantCulture, $"{text.GateRow(name, layer + 1)}: {value:0.00}")));
                }
                y += Strip;
            }
            y += 3;
        }

        // Cells: the conversation's most moving cells.
        foreach (var cell in cells)
        {
            var name = text.CellRow(cell / trace.HiddenSize + 1, cell % trace.HiddenSize);
            labels.Add(new FigureLabel(Margin, y + Strip - 2, string.Create(CultureInfo.InvariantCulture, $"{name} (±{cellScale[cell]:0.#})"), 9));
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].Character.Cells[cell];
                var t = 0.5 + 0.5 * value / cellScale[cell];
                var fill = t < 0.5 ? Rgb.Mix(Negative, White, t * 2) : Rgb.Mix(White, Positive, (t - 0.5) * 2);
                boxes.Add(new FigureBox(X(i, columns[i].IsUser), y, Column - 1, Strip - 1, fill,
                    string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.000}")));
            }
            y += Strip;
        }
        return (new FigureGroup(index, boxes, labels), y - top);
    }

    private static double ColourKey(List<FigureBox> boxes, List<FigureLabel> labels, double y, string name, Func<double, Rgb> colour, string low, string high)
    {
        labels.Add(new FigureLabel(Margin, y + 10, name));
        var left = Margin + LabelWidth + 150;
        labels.Add(new FigureLabel(left - 30, y + 10, low, 10));
        for (var i = 0; i < 20; i++)
        {
            boxes.Add(new FigureBox(left + i * 8, y, 8, 12, colour(i / 19.0)));
        }
        labels.Add(new FigureLabel(left + 20 * 8 + 6, y + 10, high, 10));
        return y + 18;
    }
}
