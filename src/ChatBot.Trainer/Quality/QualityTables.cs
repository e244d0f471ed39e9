using System.Globalization;

namespace ChatBot.Trainer.Quality;

/// <summary>Lays a run's numbers out as the tables of the report and the console.</summary>
public static class QualityTables
{
    public static IReadOnlyList<QualityTable> Build(QualityResult result, IReadOnlyList<string> decodings)
    {
        var m = result.Metrics;
        var bitsPerCharacter = new List<IReadOnlyList<string>>
        {
            new[] { "held-out", F(m.Get("heldout.bpc")), F(m.Get("heldout.bpc_reset")), F(m.Get("heldout.context_gain"), "+0.000;-0.000"),
                F(m.Get("heldout.ngram_bpc.5")), F(m.Get("heldout.ngram_bpc.7")), P(m.Get("heldout.verbatim_share")) },
            new[] { "novel", F(m.Get("novel.bpc")), F(m.Get("novel.bpc_reset")), "", F(m.Get("novel.ngram_bpc.5")), F(m.Get("novel.ngram_bpc.7")), "0%" },
        };
        if (m.Get("chitchat.bpc") is not null)
        {
            bitsPerCharacter.Add(["chit-chat (unseen corpus)", F(m.Get("chitchat.bpc")), F(m.Get("chitchat.bpc_reset")), "",
                F(m.Get("chitchat.ngram_bpc.5")), F(m.Get("chitchat.ngram_bpc.7")), P(m.Get("chitchat.verbatim_share"))]);
        }
        var tables = new List<QualityTable>
        {
            new("Bits per character of the replies (lower is better)", ["set", "model, state carried", "model, state reset", "context gain", "5-gram", "7-gram", "verbatim in training"],
                bitsPerCharacter),
            new("Memory: share of questions answered with the stated value", ["decoding", "seen gap 1", "seen gap 3", "seen gap 5", "unseen gap 1", "unseen gap 3", "unseen gap 5", "control (reset)", "echo", "questions"],
                decodings.Select(d => (IReadOnlyList<string>)
                [
                    d, P(m.Get($"memory.{d}.seen.gap1")), P(m.Get($"memory.{d}.seen.gap3")), P(m.Get($"memory.{d}.seen.gap5")),
                    P(m.Get($"memory.{d}.unseen.gap1")), P(m.Get($"memory.{d}.unseen.gap3")), P(m.Get($"memory.{d}.unseen.gap5")),
                    P(m.Get($"memory.{d}.control")), P(m.Get($"memory.{d}.echo")), F(m.Get($"memory.{d}.questions"), "0"),
                ]).ToList()),
            new("Replies to held-out prompts", ["decoding", "loops", "real words", "language match", "language unclear", "chrF", "chrF random control", "chrF gain (95% interval)", "mean length", "exchanges"],
                decodings.Select(d => (IReadOnlyList<string>)
                [
                    d, P(m.Get($"replies.{d}.loop_rate")), P(m.Get($"replies.{d}.real_word_rate")), P(m.Get($"replies.{d}.language_match")), P(m.Get($"replies.{d}.language_unclear")),
                    F(m.Get($"replies.{d}.chrf")), F(m.Get($"replies.{d}.chrf_random_control")),
                    $"{F(m.Get($"replies.{d}.chrf_gain"), "+0.000;-0.000")} ({F(m.Get($"replies.{d}.chrf_gain_ci95_low"), "+0.000;-0.000")} to {F(m.Get($"replies.{d}.chrf_gain_ci95_high"), "+0.000;-0.000")})",
                    F(m.Get($"replies.{d}.mean_length"), "0.0"), F(m.Get($"replies.{d}.exchanges"), "0"),
                ]).ToList()),
        };
        foreach (var d in decodings)
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var kind in MemoryPhrasings.Kinds)
            {
                foreach (var language in MemoryPhrasings.Languages)
                {
                    foreach (var seen in new[] { "seen", "unseen" })
                    {
                        var key = $"memory.{d}.{kind}.{language}.{seen}";
                        rows.Add([kind, language, seen, P(m.Get($"{key}.gap1")), P(m.Get($"{key}.gap3")), P(m.Get($"{key}.gap5")), P(m.Get($"{key}.control")), P(m.Get($"{key}.echo"))]);
                    }
                }
            }
            tables.Add(new($"Memory by kind, {d}", ["kind", "language", "values", "gap 1", "gap 3", "gap 5", "control", "echo"], rows));
        }
        return tables;
    }

    private static string F(double? value, string format = "0.000") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string P(double? value) =>
        value is { } v ? (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";
}
