using System.Text.RegularExpressions;

namespace ChatBot.Bot.Localization;

/// <summary>
/// The corpus description a model file carries is written by the trainer and may name absolute paths of the machine
/// it was trained on ("1200 dialogues from /home/alice/rnn/corpora"). Users see only the last part of each path.
/// The trainer writes it in English; in Portuguese its "N dialogues from …" is translated, anything else is shown as is.
/// </summary>
public static partial class CorpusDescriptions
{
    public static string ForUsers(string description, BotLanguage language = BotLanguage.English)
    {
        var shown = AbsolutePath().Replace(description, match => LastSegment(match.Value));
        return language == BotLanguage.Portuguese && TrainerDescription().Match(shown) is { Success: true } trainer
            ? $"{trainer.Groups["count"].Value} diálogos de {trainer.Groups["sources"].Value}"
            : shown;
    }

    private static string LastSegment(string path)
    {
        var segments = path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0 ? "…" : segments[^1];
    }

    // Unix (/…, ~/…) and Windows (C:\…, \\server\…) paths, starting where a word would.
    [GeneratedRegex(@"(?<![\w.])(?:~?/|[A-Za-z]:[\\/]|\\\\)[^\s,;]*")]
    private static partial Regex AbsolutePath();

    // As DialogueTrainer writes it: "{count} dialogues from {corpus paths, comma-separated}".
    [GeneratedRegex(@"^(?<count>\d+) dialogues from (?<sources>.+)$")]
    private static partial Regex TrainerDescription();
}
