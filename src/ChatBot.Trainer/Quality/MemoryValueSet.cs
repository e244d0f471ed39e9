using System.Globalization;
using ChatBot.Training.Corpora;

namespace ChatBot.Trainer.Quality;

/// <summary>
/// The memory values of one run: per kind and language, <c>count</c> seen values (from <see cref="SeenCandidates"/>,
/// those that occur in the training dialogues) and <c>count</c> unseen ones (from the held-out values file, each
/// checked to occur nowhere in the training dialogues), chosen with the run's seed. A language whose training
/// dialogues hold fewer seen values of a kind uses those it has (with a warning), as long as the kind has
/// <c>count</c> over both languages; fewer than that fails.
/// </summary>
public static class MemoryValueSet
{
    /// <exception cref="InvalidDataException">The values file is malformed, an unseen value occurs in training, or a group has too few values.</exception>
    public static IReadOnlyList<MemoryValue> Build(string heldOutFile, TrainingWordIndex training, int count, int seed, ICollection<string> warnings)
    {
        var unseen = ReadHeldOut(heldOutFile, training);
        var values = new List<MemoryValue>();
        var random = new Random(seed);
        foreach (var kind in MemoryPhrasings.Kinds)
        {
            var seenInKind = MemoryPhrasings.Languages.SelectMany(language => SeenCandidates.For(kind, language).Where(training.Contains))
                .Distinct(StringComparer.Ordinal).Count();
            if (seenInKind < count)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"need at least {count} seen {kind} values that occur in the training dialogues, found {seenInKind}."));
            }
            foreach (var language in MemoryPhrasings.Languages)
            {
                var seen = SeenCandidates.For(kind, language).Where(training.Contains).ToArray();
                if (seen.Length < count)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture,
                        $"only {seen.Length} seen {kind} values ({language}) occur in the training dialogues; that group has {seen.Length} values instead of {count}"));
                }
                var held = unseen.Where(u => u.Kind == kind && (u.Language == language || u.Language == "any")).Select(u => u.Value).ToArray();
                values.AddRange(Choose(seen, Math.Min(count, seen.Length), random, "")
                    .Select(v => new MemoryValue(kind, language, v, Seen: true)));
                values.AddRange(Choose(held, count, random, $"unseen {kind} values ({language}) in {heldOutFile}")
                    .Select(v => new MemoryValue(kind, language, v, Seen: false)));
            }
        }
        return values;
    }

    private static string[] Choose(string[] pool, int count, Random random, string what)
    {
        if (pool.Length < count)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"need at least {count} {what}, found {pool.Length}."));
        }
        var shuffled = pool.ToArray();
        random.Shuffle(shuffled);
        return shuffled[..count];
    }

    private static List<(string Kind, string Language, string Value)> ReadHeldOut(string path, TrainingWordIndex training)
    {
        var values = new List<(string, string, string)>();
        foreach (var entry in ValueListFile.Read(path))
        {
            if (training.Contains(entry.Value))
            {
                throw new InvalidDataException($"{path}:{entry.Line}: the unseen value '{entry.Value}' occurs in the training dialogues ({training.FirstOccurrence(entry.Value)}); "
                    + "it must occur nowhere in them (regenerate the corpus, or retrain on one without it).");
            }
            values.Add((entry.Kind, entry.Language, entry.Value));
        }
        return values;
    }
}
