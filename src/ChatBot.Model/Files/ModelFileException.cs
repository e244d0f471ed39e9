namespace ChatBot.Model.Files;

/// <summary>A model file is missing, truncated, damaged or of an unknown format. The message names the file.</summary>
public sealed class ModelFileException(string path, string problem, Exception? inner = null)
    : Exception($"{path}: {problem}", inner)
{
    public string Path { get; } = path;
}
