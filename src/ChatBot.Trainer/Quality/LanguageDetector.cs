namespace ChatBot.Trainer.Quality;

/// <summary>
/// English or Portuguese, by common function words (and Portuguese-only letters): enough to tell the bot's two
/// languages apart, not a general language identifier. Text with no evidence either way, or as much for both, is
/// <see cref="DetectedLanguage.Unknown"/>.
/// </summary>
public static class LanguageDetector
{
    // Words frequent in one language and rare or absent in the other (folded: no accents). "a", "no", "do", "me" and
    // other words both languages use are left out.
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "is", "are", "and", "you", "your", "i", "i'm", "my", "to", "of", "it", "what", "that", "in",
        "does", "how", "hello", "hi", "name", "for", "with", "can", "this", "yes", "have", "thanks", "thank", "be",
        "was", "am", "not", "which", "where", "who", "why", "like", "know", "about", "an", "at", "or", "will", "if",
        "sorry", "please", "good", "nice", "meet", "tell", "remember", "favourite", "favorite", "colour", "color",
        "live", "number", "lucky", "network", "state", "hidden", "learn", "bye", "fine", "there", "we", "they",
    };

    private static readonly HashSet<string> Portuguese = new(StringComparer.Ordinal)
    {
        "o", "os", "as", "e", "voce", "eu", "de", "da", "dos", "das", "que", "meu", "minha", "seu", "sua",
        "nao", "um", "uma", "em", "para", "com", "como", "qual", "ola", "obrigado", "obrigada", "sim", "esta",
        "estou", "tudo", "bem", "nome", "cor", "favorita", "favorito", "moro", "cidade", "numero", "sorte", "rede",
        "estado", "oculto", "isso", "aqui", "mas", "por", "mais", "muito", "tchau", "prazer", "lembra", "sou",
        "chamo", "quem", "onde", "porque", "tambem", "ainda", "ja", "pode", "gosto", "na", "nas",
    };

    /// <summary>
    /// The language a reply to <paramref name="prompt"/> should be in: that of the reference reply where it is clear
    /// (after "please reply in Portuguese" the other language), else the prompt's.
    /// </summary>
    public static DetectedLanguage ExpectedReply(string prompt, string reference) =>
        Detect(reference) is var language && language != DetectedLanguage.Unknown ? language : Detect(prompt);

    public static DetectedLanguage Detect(string text)
    {
        var english = 0;
        var portuguese = 0;
        foreach (var word in FoldedText.Words(text))
        {
            english += English.Contains(word) ? 1 : 0;
            portuguese += Portuguese.Contains(word) ? 1 : 0;
        }
        // Letters that only Portuguese uses are strong evidence.
        portuguese += 2 * text.Count(c => c is 'ã' or 'õ' or 'ç' or 'Ã' or 'Õ' or 'Ç' or 'ê' or 'â' or 'ô');
        return english == portuguese ? DetectedLanguage.Unknown
            : english > portuguese ? DetectedLanguage.English
            : DetectedLanguage.Portuguese;
    }
}
