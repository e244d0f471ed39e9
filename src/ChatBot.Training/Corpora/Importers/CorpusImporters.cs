namespace ChatBot.Training.Corpora.Importers;

/// <summary>The available importers, looked up by name without regard to case.</summary>
public sealed class CorpusImporters
{
    private readonly Dictionary<string, ICorpusImporter> _byName;

    public CorpusImporters(IEnumerable<ICorpusImporter> importers)
    {
        ArgumentNullException.ThrowIfNull(importers);
        All = importers.ToArray();
        _byName = new Dictionary<string, ICorpusImporter>(StringComparer.OrdinalIgnoreCase);
        foreach (var importer in All)
        {
            if (!_byName.TryAdd(importer.Name, importer))
            {
                throw new ArgumentException($"Two importers are named '{importer.Name}'.", nameof(importers));
            }
        }
    }

    /// <summary>Every importer this project ships.</summary>
    public static CorpusImporters Default { get; } = new(
    [
        new ChatterBotImporter(),
        new PersonalityChatImporter(),
        new DailyDialogImporter(),
        new CornellImporter(),
        new JsonLinesImporter(),
    ]);

    public IReadOnlyList<ICorpusImporter> All { get; }

    public IEnumerable<string> Names => All.Select(importer => importer.Name);

    /// <summary>The importer called <paramref name="name"/> (any case), or null.</summary>
    public ICorpusImporter? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.GetValueOrDefault(name.Trim());
    }
}
