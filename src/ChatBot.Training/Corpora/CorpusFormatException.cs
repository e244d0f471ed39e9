namespace ChatBot.Training.Corpora;

/// <summary>A corpus file cannot be read. The message starts with "file:line: " so editors and CI can jump to it.</summary>
public sealed class CorpusFormatException(string file, int line, string problem, Exception? inner = null)
    : Exception(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}", inner)
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Problem { get; } = problem;
}
