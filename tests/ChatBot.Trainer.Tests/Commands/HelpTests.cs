using System.CommandLine;
using ChatBot.Trainer.Cli;

namespace ChatBot.Trainer.Tests.Commands;

public sealed class HelpTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Commands => ["train", "eval", "chat", "sample", "import"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_lists_every_option_of_the_command(string command)
    {
        var run = await CliRun.InAsync(_folder, [command, "--help"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var option in Find(command).Options)
        {
            Assert.Contains(option.Name, run.Output);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_option_has_a_description(string command)
    {
        Assert.All(Find(command).Options, option => Assert.False(string.IsNullOrWhiteSpace(option.Description), option.Name));
    }

    [Fact]
    public async Task Help_shows_the_configured_value_an_option_falls_back_to()
    {
        _folder.Write("appsettings.json", """{ "Trainer": { "HiddenSize": 96 } }""");

        var run = await CliRun.InAsync(_folder, ["train", "--help"]);

        Assert.Contains("Trainer:HiddenSize (now: 96)", run.Output);
    }

    private Command Find(string name)
    {
        var context = new CliContext(CliRun.Environment(_folder), TextWriter.Null, TextWriter.Null, TextReader.Null, []);
        return new TrainerApp(context.Environment).CreateRootCommand(context).Subcommands.Single(command => command.Name == name);
    }
}
