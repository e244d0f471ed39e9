using System.Globalization;

namespace ChatBot.Bench.Turns;

/// <summary>The benchmark's command line.</summary>
public sealed record BenchArguments(string ModelPath, int Turns, int Warmup, int Threads, int MaxReply, bool Untrained)
{
    /// <returns>Null when the command line is not understood.</returns>
    public static BenchArguments? Parse(string[] args)
    {
        var parsed = new BenchArguments("models/default.chatbot", Turns: 200, Warmup: 20, Threads: 1, MaxReply: 200, Untrained: false);
        for (var i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            int? Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
            switch (args[i])
            {
                case "--model" when Value() is { } path:
                    parsed = parsed with { ModelPath = path };
                    break;
                case "--turns" when Number() is { } turns:
                    parsed = parsed with { Turns = turns };
                    break;
                case "--warmup" when Number() is { } warmup:
                    parsed = parsed with { Warmup = warmup };
                    break;
                case "--threads" when Number() is { } threads:
                    parsed = parsed with { Threads = threads };
                    break;
                case "--max-reply" when Number() is { } maxReply:
                    parsed = parsed with { MaxReply = maxReply };
                    break;
                case "--untrained":
                    parsed = parsed with { Untrained = true };
                    break;
                default:
                    return null;
            }
        }
        return parsed;
    }
}
