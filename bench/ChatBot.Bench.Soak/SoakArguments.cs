using System.Globalization;

namespace ChatBot.Bench.Soak;

/// <summary>The soak run's command line.</summary>
public sealed record SoakArguments(
    string ModelPath,
    bool Untrained,
    int Turns,
    int Conversations,
    int Concurrency,
    int ReportEvery,
    int Warmup,
    int MaxReply,
    double MaxGrowthPercent)
{
    public const string Usage =
        "usage: ChatBot.Bench.Soak [--turns N (20000)] [--conversations N (200)] [--concurrency N (4)] [--report-every N (1000)]\n" +
        "                          [--warmup N (2000)] [--max-reply N (60)] [--max-growth PERCENT (5)] [--model PATH | --untrained]";

    /// <returns>Null when the command line is not understood.</returns>
    public static SoakArguments? Parse(string[] args)
    {
        var parsed = new SoakArguments("models/default.chatbot", Untrained: false, Turns: 20_000, Conversations: 200, Concurrency: 4,
            ReportEvery: 1000, Warmup: 2000, MaxReply: 60, MaxGrowthPercent: 5);
        for (var i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            int? Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
            switch (args[i])
            {
                case "--model" when Value() is { } path:
                    parsed = parsed with { ModelPath = path };
                    break;
                case "--untrained":
                    parsed = parsed with { Untrained = true };
                    break;
                case "--turns" when Number() is { } turns:
                    parsed = parsed with { Turns = turns };
                    break;
                case "--conversations" when Number() is { } conversations:
                    parsed = parsed with { Conversations = conversations };
                    break;
                case "--concurrency" when Number() is { } concurrency:
                    parsed = parsed with { Concurrency = concurrency };
                    break;
                case "--report-every" when Number() is { } every:
                    parsed = parsed with { ReportEvery = every };
                    break;
                case "--warmup" when Number() is { } warmup:
                    parsed = parsed with { Warmup = warmup };
                    break;
                case "--max-reply" when Number() is { } maxReply:
                    parsed = parsed with { MaxReply = maxReply };
                    break;
                case "--max-growth" when double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var growth) && growth > 0:
                    parsed = parsed with { MaxGrowthPercent = growth };
                    break;
                default:
                    return null;
            }
        }
        return parsed.Warmup < parsed.Turns ? parsed : null;
    }
}
