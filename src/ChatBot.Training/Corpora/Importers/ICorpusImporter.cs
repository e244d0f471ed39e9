namespace ChatBot.Training.Corpora.Importers;

/// <summary>Converts a public dialogue dataset into the project's dialogues (user first, an even number of turns).</summary>
public interface ICorpusImporter
{
    /// <summary>Short lowercase name used on the command line, e.g. "cornell".</summary>
    string Name { get; }

    /// <summary>One line saying what input the importer expects.</summary>
    string Description { get; }

    /// <summary>
    /// Reads <paramref name="inputPath"/>. Malformed input throws a <see cref="CorpusFormatException"/> naming the
    /// file and line, or with <paramref name="skipInvalid"/> is left out and reported in the result. Conversations too
    /// short to hold a user turn and a reply are always left out and counted; no dialogue at all is an error.
    /// </summary>
    ImportResult Import(string inputPath, bool skipInvalid);
}
