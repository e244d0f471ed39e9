using System.Text;

namespace ChatBot.Training.Corpora;

/// <summary>The one place that decides what a turn's text looks like once it is in the corpus.</summary>
internal static class TurnText
{
    /// <summary>
    /// One line of NFC text: line breaks and tabs become spaces (the format is one turn per line), ends trimmed.
    /// </summary>
    /// <exception cref="ArgumentException">The text holds a lone surrogate, which has no NFC form.</exception>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue; // CR LF is one line break, so one space.
            }

            builder.Append(c is '\r' or '\n' or '\t' or '\u0085' or '\u2028' or '\u2029' ? ' ' : c);
        }

        return builder.ToString().Trim().Normalize(NormalizationForm.FormC);
    }
}
