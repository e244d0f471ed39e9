namespace ChatBot.Model.Text;

/// <summary>The text of a generated reply.</summary>
public static class ReplyText
{
    /// <summary>
    /// Decodes a reply; one cut at the length limit ends at the last sentence end or, failing that, the last word
    /// boundary, instead of mid-word. A reply with no boundary at all (one long "word") is kept whole.
    /// </summary>
    public static string Decode(Vocabulary vocabulary, IReadOnlyList<int> ids, bool reachedLimit)
    {
        var text = vocabulary.Decode(ids);
        if (!reachedLimit || text.Length == 0 || !char.IsLetterOrDigit(text[^1]))
        {
            return text;
        }
        // A sentence end in the last third keeps the reply whole-sentenced without losing much of it.
        var sentence = text.LastIndexOfAny(['.', '!', '?']);
        if (sentence >= 2 * text.Length / 3)
        {
            return text[..(sentence + 1)];
        }
        var space = text.LastIndexOf(' ');
        return space > 0 ? text[..space].TrimEnd(',', ';', ':', ' ', '-') : text;
    }
}
