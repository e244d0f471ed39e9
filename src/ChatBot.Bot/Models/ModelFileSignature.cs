namespace ChatBot.Bot.Models;

/// <summary>Size and modification time of the model file: cheap to read, and changes whenever the file is replaced.</summary>
public readonly record struct ModelFileSignature(long Length, DateTime LastWriteTimeUtc)
{
    /// <returns>Null when the file does not exist (for example between a delete and the rename of its replacement).</returns>
    public static ModelFileSignature? Read(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new ModelFileSignature(file.Length, file.LastWriteTimeUtc) : null;
    }
}
