using ChatBot.Model;
using ChatBot.Model.Decoding;

namespace ChatBot.Trainer.Quality;

/// <summary>
/// Scripted memory conversations: a fact is stated, then asked for after 1, 3 and 5 small-talk user turns (three
/// branches of one conversation), and once more in a fresh conversation (the control: the same question with the
/// state reset just before it). Hit = the reply holds the value as whole words, case- and accent-insensitive. Echo =
/// the reply to the statement repeats the value.
/// </summary>
public static class MemoryBenchmark
{
    public static readonly IReadOnlyList<int> Gaps = [1, 3, 5];
    public const int StatementTurn = 0;
    public const int ControlTurn = 9;
    public static readonly int[] QuestionTurns = [6, 7, 8];

    public static ConversationScript Script(MemoryValue value, int index)
    {
        var statements = MemoryPhrasings.Statements(value.Kind, value.Language);
        var questions = MemoryPhrasings.Questions(value.Kind, value.Language);
        var smallTalk = MemoryPhrasings.SmallTalk(value.Language);
        var question = questions[index % questions.Count];
        var turns = new List<ScriptTurn> { new(MemoryPhrasings.Fill(statements[index % statements.Count], value.Value), -1) };
        for (var i = 0; i < Gaps[^1]; i++)
        {
            turns.Add(new ScriptTurn(smallTalk[(index + i) % smallTalk.Count], i));
        }
        turns.AddRange(Gaps.Select(gap => new ScriptTurn(question, gap)));
        turns.Add(new ScriptTurn(question, -1));
        return new ConversationScript(turns);
    }

    /// <summary>Runs the probes with one decoding and adds memory.&lt;decoding&gt;.* to the metrics.</summary>
    /// <returns>Sample exchanges for the report, and up to <see cref="QualityBenchmark.SamplesPerSet"/> questions answered without the value (gap 1 first).</returns>
    public static (IReadOnlyList<SampleExchange> Samples, IReadOnlyList<SampleExchange> Misses) Run(ChatModel model, IReadOnlyList<MemoryValue> values, string decodingName, DecodingOptions options,
        QualitySettings settings, MetricSink metrics, CancellationToken cancellationToken)
    {
        var scripts = values.Select(Script).ToList();
        var replies = ConversationRunner.Run(model, scripts, options, settings.Seed, settings.TurnMemoryOnly, cancellationToken);
        Score(values, replies, decodingName, metrics);
        return (Samples(scripts, values, replies, settings.Seed), Misses(scripts, values, replies));
    }

    /// <summary>Adds memory.&lt;decoding&gt;.* for the replies to the turns of <see cref="Script"/>, one row per value.</summary>
    public static void Score(IReadOnlyList<MemoryValue> values, IReadOnlyList<IReadOnlyList<string>> replies, string decodingName, MetricSink metrics)
    {
        var prefix = $"memory.{decodingName}";

        bool Hit(int probe, int turn) => FoldedText.ContainsWords(replies[probe][turn], values[probe].Value);
        void AddRates(string key, Func<MemoryValue, bool> include, int turn)
        {
            var chosen = Enumerable.Range(0, values.Count).Where(i => include(values[i])).ToList();
            metrics.AddRate(key, chosen.Count(i => Hit(i, turn)), chosen.Count);
        }

        foreach (var seen in new[] { true, false })
        {
            for (var g = 0; g < Gaps.Count; g++)
            {
                AddRates($"{prefix}.{SeenName(seen)}.gap{Gaps[g]}", v => v.Seen == seen, QuestionTurns[g]);
            }
        }
        AddRates($"{prefix}.control", _ => true, ControlTurn);
        AddRates($"{prefix}.echo", _ => true, StatementTurn);
        var hits = Enumerable.Range(0, values.Count).Sum(i => QuestionTurns.Count(t => Hit(i, t)));
        metrics.AddRate($"{prefix}.hit", hits, values.Count * QuestionTurns.Length);
        metrics.Add($"{prefix}.questions", values.Count * QuestionTurns.Length);

        // The finer breakdown: per kind, language and seen/unseen.
        foreach (var group in values.Select(v => (v.Kind, v.Language, v.Seen)).Distinct())
        {
            bool InGroup(MemoryValue v) => v.Kind == group.Kind && v.Language == group.Language && v.Seen == group.Seen;
            var key = $"{prefix}.{group.Kind}.{group.Language}.{SeenName(group.Seen)}";
            for (var g = 0; g < Gaps.Count; g++)
            {
                AddRates($"{key}.gap{Gaps[g]}", InGroup, QuestionTurns[g]);
            }
            AddRates($"{key}.control", InGroup, ControlTurn);
            AddRates($"{key}.echo", InGroup, StatementTurn);
        }
    }

    public static string SeenName(bool seen) => seen ? "seen" : "unseen";

    private static List<SampleExchange> Misses(List<ConversationScript> scripts, IReadOnlyList<MemoryValue> values, string[][] replies) =>
        Enumerable.Range(0, values.Count)
            .Where(probe => !FoldedText.ContainsWords(replies[probe][QuestionTurns[0]], values[probe].Value))
            .Take(QualityBenchmark.SamplesPerSet)
            .Select(probe => Exchange(scripts[probe], values[probe], replies[probe], 0))
            .ToList();

    private static SampleExchange Exchange(ConversationScript script, MemoryValue v, string[] replies, int g)
    {
        var turn = QuestionTurns[g];
        var context = $"{v.Kind}/{v.Language}/{SeenName(v.Seen)}, gap {Gaps[g]}; stated: \"{script.Turns[StatementTurn].Text}\" → \"{replies[StatementTurn]}\"";
        return new SampleExchange(context, script.Turns[turn].Text, replies[turn], v.Value);
    }

    private static List<SampleExchange> Samples(List<ConversationScript> scripts, IReadOnlyList<MemoryValue> values, string[][] replies, int seed)
    {
        var random = new Random(seed);
        var samples = new List<SampleExchange>();
        foreach (var probe in QualityBenchmark.Draw(values.Count, random))
        {
            samples.Add(Exchange(scripts[probe], values[probe], replies[probe], random.Next(Gaps.Count)));
        }
        return samples;
    }
}
