namespace ChatBot.Training.Corpora;

/// <summary>
/// Reads the value lists under corpora/tools (<c>kind&lt;TAB&gt;language&lt;TAB&gt;value</c>, '#' comments): the
/// held-out values of the quality benchmark and the memory values the generator wrote into the corpus.
/// </summary>
public static class ValueListFile
{
    /// <exception cref="InvalidDataException">The file is missing or a line is malformed (the message gives file:line).</exception>
    public static IReadOnlyList<ValueListEntry> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"value list not found: {path}");
        }
        var entries = new List<ValueListEntry>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != 3 || !MemoryKinds.All.Contains(fields[0]) || !(MemoryKinds.Languages.Contains(fields[1]) || fields[1] == "any")
                || fields[2].Trim().Length == 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: expected 'kind<TAB>language<TAB>value' with kind one of "
                    + $"{string.Join(", ", MemoryKinds.All)} and language {string.Join(", ", MemoryKinds.Languages)} or any.");
            }
            entries.Add(new ValueListEntry(fields[0], fields[1], fields[2].Trim(), lineNumber));
        }
        return entries;
    }
}
