using ChatBot.Training.Corpora;

namespace ChatBot.Training.Tests.Corpora;

public sealed class ValueListFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_kind_language_and_value_skipping_comments_and_blank_lines()
    {
        var path = _folder.WriteText("values.tsv", "# kind<TAB>language<TAB>value\n\nname\tany\tKalani\ncolour\tpt\tâmbar\n");

        var entries = ValueListFile.Read(path);

        Assert.Equal([new ValueListEntry("name", "any", "Kalani", 3), new ValueListEntry("colour", "pt", "âmbar", 4)], entries);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line()
    {
        var path = _folder.WriteText("values.tsv", "name\ten\tAna\nfruit\ten\tapple\n");

        var error = Assert.Throws<InvalidDataException>(() => ValueListFile.Read(path));

        Assert.StartsWith($"{path}:2: ", error.Message);
    }
}
