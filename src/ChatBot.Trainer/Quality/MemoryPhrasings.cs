using ChatBot.Training.Corpora;

namespace ChatBot.Trainer.Quality;

/// <summary>
/// The benchmark's own sentences for its scripted conversations, written for it (not taken from the corpus): per kind
/// of fact and language, ways to state it and to ask for it, short small-talk turns, and, for the novel set, the
/// replies a good bot would give. "{0}" is the value.
/// </summary>
public static class MemoryPhrasings
{
    public static IReadOnlyList<string> Kinds => MemoryKinds.All;
    public static IReadOnlyList<string> Languages => MemoryKinds.Languages;

    /// <summary>Statement i pairs with question i (modulo the number of questions).</summary>
    public static IReadOnlyList<string> Statements(string kind, string language) => (kind, language) switch
    {
        ("name", "en") => ["My name is {0}.", "Hi, I'm {0}.", "Please call me {0}.", "I am called {0}."],
        ("name", "pt") => ["Meu nome é {0}.", "Oi, eu sou {0}.", "Pode me chamar de {0}.", "Eu me chamo {0}."],
        ("colour", "en") => ["My favourite colour is {0}.", "I really like the colour {0}.", "{0} is my favourite colour.", "The colour I love most is {0}."],
        ("colour", "pt") => ["Minha cor favorita é {0}.", "Eu adoro a cor {0}.", "{0} é a minha cor preferida.", "A cor de que mais gosto é {0}."],
        ("city", "en") => ["I live in {0}.", "My home town is {0}.", "I'm from {0}.", "These days I live in {0}."],
        ("city", "pt") => ["Eu moro em {0}.", "Minha cidade natal é {0}.", "Eu sou de {0}.", "Hoje em dia moro em {0}."],
        ("number", "en") => ["My lucky number is {0}.", "My favourite number is {0}.", "{0} is my lucky number.", "The number I like best is {0}."],
        ("number", "pt") => ["Meu número da sorte é {0}.", "Meu número favorito é {0}.", "{0} é o meu número da sorte.", "O número de que mais gosto é {0}."],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"{kind}/{language}"),
    };

    public static IReadOnlyList<string> Questions(string kind, string language) => (kind, language) switch
    {
        ("name", "en") => ["What is my name?", "Do you remember my name?", "What am I called?", "Who am I?"],
        ("name", "pt") => ["Qual é o meu nome?", "Você lembra do meu nome?", "Como eu me chamo?", "Quem sou eu?"],
        ("colour", "en") => ["What is my favourite colour?", "Which colour do I like?", "Do you remember my favourite colour?", "What colour do I love most?"],
        ("colour", "pt") => ["Qual é a minha cor favorita?", "De que cor eu gosto?", "Você lembra da minha cor favorita?", "Qual cor eu mais adoro?"],
        ("city", "en") => ["Where do I live?", "What is my home town?", "Where am I from?", "Which city do I live in?"],
        ("city", "pt") => ["Onde eu moro?", "Qual é a minha cidade natal?", "De onde eu sou?", "Em que cidade eu moro?"],
        ("number", "en") => ["What is my lucky number?", "What is my favourite number?", "Do you remember my lucky number?", "Which number do I like best?"],
        ("number", "pt") => ["Qual é o meu número da sorte?", "Qual é o meu número favorito?", "Você lembra do meu número da sorte?", "De que número eu mais gosto?"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"{kind}/{language}"),
    };

    /// <summary>User turns between the statement and the question; each under 40 characters and about none of the facts.</summary>
    public static IReadOnlyList<string> SmallTalk(string language) => language switch
    {
        "en" => ["How are you today?", "Nice weather today.", "Tell me a joke.", "What can you do?", "I had a busy day.",
            "Do you like music?", "That is interesting.", "Thanks for chatting."],
        "pt" => ["Como você está hoje?", "O dia está bonito.", "Me conte uma piada.", "O que você sabe fazer?",
            "Tive um dia cheio.", "Você gosta de música?", "Que interessante.", "Obrigado pela conversa."],
        _ => throw new ArgumentOutOfRangeException(nameof(language), language),
    };

    /// <summary>For the novel set: the bot's acknowledgement of a statement and its answer to the question.</summary>
    public static (string Acknowledgement, string Answer) NovelReplies(string kind, string language) => (kind, language) switch
    {
        ("name", "en") => ("Nice to meet you, {0}! I'll keep your name in mind.", "You told me your name is {0}."),
        ("name", "pt") => ("Muito prazer, {0}! Vou guardar o seu nome.", "Você me disse que seu nome é {0}."),
        ("colour", "en") => ("{0} is a lovely colour, I'll remember that.", "You said your favourite colour is {0}."),
        ("colour", "pt") => ("{0} é uma cor linda, vou lembrar disso.", "Você disse que sua cor favorita é {0}."),
        ("city", "en") => ("So you live in {0}! I'll remember the city.", "You told me you live in {0}."),
        ("city", "pt") => ("Então você mora em {0}! Vou lembrar da cidade.", "Você me contou que mora em {0}."),
        ("number", "en") => ("{0}, noted as your lucky number.", "Your lucky number is {0}, as you told me."),
        ("number", "pt") => ("{0}, anotado como seu número da sorte.", "Seu número da sorte é {0}, como você me disse."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"{kind}/{language}"),
    };

    /// <summary>Fills "{0}" and capitalises a value that opens the sentence.</summary>
    public static string Fill(string phrasing, string value)
    {
        var text = phrasing.Replace("{0}", value, StringComparison.Ordinal);
        return phrasing.StartsWith("{0}", StringComparison.Ordinal) && text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }
}
