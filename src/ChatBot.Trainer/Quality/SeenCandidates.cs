namespace ChatBot.Trainer.Quality;

/// <summary>
/// Everyday values the benchmark offers as "seen" memory values; only those that occur in the training dialogues are
/// used. Written for the benchmark, so a change of corpus changes which ones count, not the list.
/// </summary>
public static class SeenCandidates
{
    private static readonly string[] Names =
    [
        "Ana", "Bob", "Alice", "Carlos", "Priya", "Tom", "Maria", "David", "Sofia", "John", "Emma", "Lucas", "Pedro", "João",
        "Beatriz", "Mariana", "Rafael", "Gabriel", "Julia", "Laura", "Miguel", "Daniel", "Paulo", "Fernanda", "Camila",
        "Bruno", "Thiago", "Diego", "Sarah", "James", "Emily", "Oliver", "Liam", "Noah", "Olivia", "Hannah", "Peter",
        "Lucy", "Kate", "Anna", "Rita", "Luisa", "Marta", "Clara", "Helena", "Isabel", "Jorge", "André", "Ricardo", "Tiago",
        "Inês", "Leonor", "Rui", "Nuno", "Sara", "Yuki", "Kenji", "Ahmed", "Fatima", "Omar", "Wei", "Raj", "Ravi", "Chen",
        "Elena", "Ivan", "Olga", "Hugo", "Leo", "Max", "Nina", "Zoe", "Amir", "Layla", "Kofi", "Amara", "Mei", "Hiro",
    ];

    private static readonly string[] ColoursEn =
    [
        "red", "blue", "green", "yellow", "purple", "orange", "pink", "black", "white", "grey", "brown", "teal",
        "turquoise", "navy", "maroon", "lilac", "beige", "gold", "silver", "crimson", "violet", "cyan", "magenta",
        "lime", "coral", "lavender", "burgundy", "olive", "tan", "peach", "rose", "mint",
    ];

    private static readonly string[] ColoursPt =
    [
        "vermelho", "azul", "verde", "amarelo", "roxo", "laranja", "rosa", "preto", "branco", "cinza", "marrom",
        "turquesa", "bordô", "lilás", "bege", "dourado", "prateado", "violeta", "anil", "ciano", "magenta", "coral",
        "vinho", "salmão", "lavanda", "creme", "grafite", "azul-marinho", "verde-oliva", "verde-limão", "pêssego",
    ];

    private static readonly string[] Cities =
    [
        "London", "Paris", "Lisbon", "Porto", "Madrid", "Barcelona", "Rome", "Milan", "Berlin", "Munich", "Vienna",
        "Prague", "Dublin", "Edinburgh", "Amsterdam", "Brussels", "Copenhagen", "Stockholm", "Oslo", "Helsinki",
        "Warsaw", "Athens", "Istanbul", "Cairo", "Nairobi", "Lagos", "Boston", "Chicago", "Seattle", "Toronto",
        "Tokyo", "Osaka", "Seoul", "Beijing", "Shanghai", "Singapore", "Bangkok", "Sydney", "Melbourne", "Recife",
        "Curitiba", "Salvador", "Manaus", "Lima", "Santiago", "Havana", "Dubai", "Mumbai", "Delhi", "Geneva",
        "Manchester", "Accra", "Luanda", "Maputo", "Denver", "Miami", "Austin", "Vancouver", "Montreal", "Bogota",
        "Montevideo", "Brasilia", "Kyoto", "Hanoi", "Manila", "Jakarta", "Bangalore", "Karachi", "Tehran", "Auckland",
        "Wellington", "Reykjavik", "Glasgow", "Leeds", "Bristol", "Cardiff", "Belfast", "Zurich", "Marseille", "Lyon",
        "Seville", "Valencia", "Naples", "Florence", "Krakow", "Budapest", "Bucharest", "Tallinn", "Rio de Janeiro",
        "Sao Paulo", "Buenos Aires", "New York", "Cape Town", "Hong Kong", "Mexico City", "Los Angeles", "Fortaleza",
        "Belo Horizonte", "Porto Alegre", "Florianópolis", "Coimbra", "Braga", "Faro", "Praia",
    ];

    public static IReadOnlyList<string> For(string kind, string language) => kind switch
    {
        "name" => Names,
        "colour" => language == "pt" ? ColoursPt : ColoursEn,
        "city" => Cities,
        // Favourite numbers people state: small and two-digit ones, and a few years.
        "number" => [.. Enumerable.Range(1, 99).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "100", "123", "777", "1000", "1984", "2000", "2024"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind),
    };
}
