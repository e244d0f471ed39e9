using System.Text;

namespace ChatBot.Trainer.Tests.Quality;

/// <summary>
/// A tiny model trained once by the "train" command on a tiny corpus in which every dialogue holds the seen memory
/// values (two per kind and language), so whatever the split, the training dialogues have them.
/// </summary>
public sealed class TinyTrainedModel : IAsyncLifetime
{
    public const int ValuesPerKind = 2;

    public TestFolder Folder { get; } = new();
    public string ModelPath => Folder.File("tiny.chatbot");
    public string CorpusPath => Folder.File("corpus/dialogues.txt");

    /// <summary>Two unseen values per kind and language, none of them in the corpus.</summary>
    public string ValuesPath => Folder.File("values.tsv");

    public async Task InitializeAsync()
    {
        string[][] dialogues =
        [
            ["My name is Ana, my friend is Tom.", "Hello Ana! Say hi to Tom.", "I live in London, Tom lives in Paris.", "London and Paris are lovely.",
                "I like blue and red.", "Blue and red, nice.", "My lucky numbers are 7 and 12.", "Seven and twelve: 7 and 12."],
            ["Meu nome é Ana e o do meu amigo é Tom.", "Olá Ana! Oi Tom.", "Gosto de azul e de vermelho.", "Azul e vermelho são lindos.",
                "Moro em London, Tom mora em Paris.", "Que legal!"],
        ];
        var text = new StringBuilder();
        for (var copy = 0; copy < 6; copy++)
        {
            foreach (var dialogue in dialogues)
            {
                text.AppendJoin('\n', dialogue).Append("\n\n");
            }
        }
        Folder.Write("corpus/dialogues.txt", text.ToString());
        Folder.Write("values.tsv", string.Join('\n',
        [
            "# kind<TAB>language<TAB>value",
            "name\tany\tZorblat", "name\tany\tQuixtane",
            "colour\ten\tglorpish", "colour\ten\tfizzlewhite",
            "colour\tpt\tverdolengo", "colour\tpt\tazulzinho",
            "city\tany\tXandria", "city\tany\tYomtown",
            "number\tany\t4821", "number\tany\t9137",
        ]) + "\n");

        var run = await CliRun.InAsync(Folder,
        [
            "train", "--corpus", CorpusPath, "--model", ModelPath, "--steps", "2", "--hidden", "16", "--layers", "1",
            "--embedding", "8", "--batch", "2", "--bptt", "1", "--eval-every", "2", "--checkpoint-every", "2", "--patience", "0", "--threads", "1",
            "--fresh-values", "0",
        ]);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
    }

    public Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }
}
