using System.Text;

namespace ChatBot.Training.Corpora;

/// <summary>Writes dialogues in the project's format (see <see cref="DialogueCorpusReader"/>), replacing the file atomically.</summary>
public static class DialogueCorpusWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Writes <paramref name="dialogues"/> to <paramref name="path"/> through a temporary file in the same folder that
    /// is then moved over the target, so a failure leaves any earlier file untouched. Line breaks and tabs inside a
    /// turn become spaces; <paramref name="headerComment"/> (optional, may span lines) is written as '#' comments.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A dialogue is not an even number (at least two) of turns, a turn is empty after trimming, or there is nothing to
    /// write; the message names the dialogue's source file:line.
    /// </exception>
    public static void Write(string path, IEnumerable<Dialogue> dialogues, string? headerComment = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(dialogues);

        Shared.AtomicFile.Write(path, stream =>
        {
            var written = 0;
            using var writer = new StreamWriter(stream, Utf8NoBom, leaveOpen: true) { NewLine = "\n" };
            if (headerComment is not null)
            {
                foreach (var line in headerComment.ReplaceLineEndings("\n").Split('\n'))
                {
                    writer.WriteLine(line.Length == 0 ? "#" : "# " + line);
                }

                writer.WriteLine();
            }

            foreach (var dialogue in dialogues)
            {
                var lines = FormatDialogue(dialogue, written);
                if (written > 0)
                {
                    writer.WriteLine();
                }

                foreach (var line in lines)
                {
                    writer.WriteLine(line);
                }

                written++;
            }

            if (written == 0)
            {
                throw new ArgumentException("There are no dialogues to write; an empty corpus cannot be read back.", nameof(dialogues));
            }

            writer.Flush();
        });
    }

    private static IReadOnlyList<string> FormatDialogue(Dialogue dialogue, int index)
    {
        if (dialogue is null)
        {
            throw new ArgumentException($"Dialogue {index + 1} is null.", "dialogues");
        }

        var where = string.IsNullOrEmpty(dialogue.SourceFile)
            ? $"dialogue {index + 1}"
            : $"{dialogue.SourceFile}:{dialogue.Line}";
        if (dialogue.Turns.Count < 2 || dialogue.Turns.Count % 2 != 0)
        {
            throw new ArgumentException(
                $"{where}: a dialogue needs an even number of turns, at least two (user, bot, …); it has {dialogue.Turns.Count}.",
                "dialogues");
        }

        var lines = new string[dialogue.Turns.Count];
        for (var turn = 0; turn < lines.Length; turn++)
        {
            string text;
            try
            {
                text = TurnText.Normalize(dialogue.Turns[turn] ?? "");
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException($"{where}: turn {turn + 1} is not valid Unicode text.", "dialogues", ex);
            }

            if (text.Length == 0)
            {
                throw new ArgumentException($"{where}: turn {turn + 1} is empty.", "dialogues");
            }

            // The reader takes a line starting with '#' for a comment and trims indentation, so indent such a turn.
            lines[turn] = text.StartsWith('#') ? " " + text : text;
        }

        return lines;
    }
}
