using ChatBot.Model;
using ChatBot.Model.Decoding;
using ChatBot.Training.Corpora;

namespace ChatBot.Trainer.Quality;

/// <summary>
/// The model's own replies to held-out dialogues, played turn by turn with its state carried, against the reference
/// replies: looping, real words, language match (among replies whose language is clear, those in the reference's
/// language, or the prompt's where the reference's is unclear) and replies of no clear language, length, and relevance as chrF against the reference minus chrF against another, random reference of the
/// same set (the control), with a 95% interval.
/// </summary>
public static class ReplyBenchmark
{
    /// <returns>Sample exchanges for the report, and up to <see cref="QualityBenchmark.SamplesPerSet"/> of the replies whose language differed from the prompt's.</returns>
    public static (IReadOnlyList<SampleExchange> Samples, IReadOnlyList<SampleExchange> LanguageMismatches) Run(ChatModel model, IReadOnlyList<Dialogue> dialogues, WordLists words, string decodingName,
        DecodingOptions options, QualitySettings settings, MetricSink metrics, CancellationToken cancellationToken)
    {
        var seed = settings.Seed;
        var scripts = dialogues.Select(d => ConversationScript.Linear(Enumerable.Range(0, d.Exchanges).Select(d.UserTurn))).ToList();
        var replies = ConversationRunner.Run(model, scripts, options, seed, settings.TurnMemoryOnly, cancellationToken);
        var exchanges = new List<(string User, string Reply, string Reference)>();
        for (var d = 0; d < dialogues.Count; d++)
        {
            for (var e = 0; e < dialogues[d].Exchanges; e++)
            {
                exchanges.Add((dialogues[d].UserTurn(e), replies[d][e], dialogues[d].BotTurn(e)));
            }
        }

        var prefix = $"replies.{decodingName}";
        metrics.AddRate($"{prefix}.loop_rate", exchanges.Count(x => LoopDetector.Loops(x.Reply)), exchanges.Count);
        var counted = exchanges.Select(x => words.Count(x.Reply)).ToList();
        // Replies without a single word (an untrained model's blanks and punctuation) have no real words: 0, not
        // "undefined", so such a model fails the target instead of escaping it.
        var wordTokens = counted.Sum(c => c.Total);
        metrics.Add($"{prefix}.real_word_rate", wordTokens == 0 ? 0 : (double)counted.Sum(c => c.Real) / wordTokens);
        // The language a reply should be in: the reference reply's where that is clear (after "please reply in
        // Portuguese" it is the other one), else the prompt's. A reply with no clear language of its own ("Brr. A hot
        // drink might help.") is counted as unclear, not as a reply in the wrong language.
        var judged = exchanges.Select(x => (Exchange: x, Expected: LanguageDetector.ExpectedReply(x.User, x.Reference), Reply: LanguageDetector.Detect(x.Reply)))
            .Where(x => x.Expected != DetectedLanguage.Unknown).ToList();
        var clear = judged.Where(x => x.Reply != DetectedLanguage.Unknown).ToList();
        metrics.AddRate($"{prefix}.language_match", clear.Count(x => x.Reply == x.Expected), clear.Count);
        metrics.AddRate($"{prefix}.language_unclear", judged.Count - clear.Count, judged.Count);
        var mismatches = clear.Where(x => x.Reply != x.Expected)
            .Take(QualityBenchmark.SamplesPerSet)
            .Select(x => new SampleExchange($"expected {Name(x.Expected)}, reply {Name(x.Reply)}", x.Exchange.User, x.Exchange.Reply, x.Exchange.Reference))
            .ToList();

        var random = new Random(seed);
        var own = new double[exchanges.Count];
        var control = new double[exchanges.Count];
        for (var i = 0; i < exchanges.Count; i++)
        {
            own[i] = Chrf.Score(exchanges[i].Reply, exchanges[i].Reference);
            // Another exchange's reference, never its own.
            var other = exchanges.Count < 2 ? i : (i + 1 + random.Next(exchanges.Count - 1)) % exchanges.Count;
            control[i] = Chrf.Score(exchanges[i].Reply, exchanges[other].Reference);
        }
        metrics.Add($"{prefix}.chrf", Mean(own));
        metrics.Add($"{prefix}.chrf_random_control", Mean(control));
        var (gain, halfWidth) = MeanWithInterval(own.Zip(control, (a, b) => a - b).ToArray());
        metrics.Add($"{prefix}.chrf_gain", gain);
        metrics.Add($"{prefix}.chrf_gain_ci95_low", gain - halfWidth);
        metrics.Add($"{prefix}.chrf_gain_ci95_high", gain + halfWidth);
        metrics.Add($"{prefix}.mean_length", exchanges.Count == 0 ? null : exchanges.Average(x => (double)x.Reply.Length));
        metrics.Add($"{prefix}.exchanges", exchanges.Count);

        var sampleRandom = new Random(seed);
        var samples = QualityBenchmark.Draw(exchanges.Count, sampleRandom)
            .Select(i => exchanges[i])
            .Select(x => new SampleExchange("held-out prompt", x.User, x.Reply, x.Reference))
            .ToList();
        return (samples, mismatches);
    }

    private static string Name(DetectedLanguage language) => language switch
    {
        DetectedLanguage.English => "en",
        DetectedLanguage.Portuguese => "pt",
        _ => "unclear",
    };

    private static double? Mean(double[] values) => values.Length == 0 ? null : values.Average();

    /// <summary>The mean and the half-width of its 95% interval (normal approximation).</summary>
    public static (double Mean, double HalfWidth) MeanWithInterval(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return (double.NaN, double.NaN);
        }
        var mean = values.Average();
        if (values.Count < 2)
        {
            return (mean, double.NaN);
        }
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        return (mean, 1.96 * Math.Sqrt(variance / values.Count));
    }
}
