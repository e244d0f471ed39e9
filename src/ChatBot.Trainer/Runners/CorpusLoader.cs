using ChatBot.Training.Corpora;

namespace ChatBot.Trainer.Runners;

/// <summary>Reads corpora for "train" and "eval", turning every reading problem into a one-line data error.</summary>
public sealed class CorpusLoader(RunnerStreams streams)
{
    private const int ProblemsShown = 10;

    /// <exception cref="CommandFailedException">A path is missing, a file is malformed (file:line), or nothing is left.</exception>
    public IReadOnlyList<Dialogue> Load(IReadOnlyList<string> paths, bool skipInvalid)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw CommandFailedException.DataError($"corpus not found: {path}");
            }
        }

        CorpusLoadResult result;
        try
        {
            result = DialogueCorpusReader.ReadPaths(paths, skipInvalid);
        }
        catch (CorpusFormatException exception)
        {
            throw CommandFailedException.DataError(exception.Message, exception);
        }

        ReportSkipped(streams.Error, result.Skipped, result.Problems, "dialogue");
        return result.Dialogues;
    }

    /// <summary>Lists what was left out as warnings (the first few, then a count), so nothing is dropped silently.</summary>
    public static void ReportSkipped(TextWriter error, int skipped, IReadOnlyList<string> problems, string what)
    {
        if (skipped == 0)
        {
            return;
        }
        error.WriteLine($"warning: skipped {skipped} invalid {what}{(skipped == 1 ? "" : "s")}:");
        foreach (var problem in problems.Take(ProblemsShown))
        {
            error.WriteLine($"  {problem}");
        }
        if (problems.Count > ProblemsShown)
        {
            error.WriteLine($"  ... and {problems.Count - ProblemsShown} more");
        }
    }
}
