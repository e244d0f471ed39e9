using ChatBot.Model.Decoding;
using ChatBot.Trainer.Cli;

namespace ChatBot.Trainer.Tests.Cli;

public sealed class DecodingOptionsTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Without_greedy_or_beam_replies_are_sampled_with_the_given_settings()
    {
        var decoding = Read("--temperature", "0.7", "--top-k", "5", "--top-p", "0.9", "--seed", "42", "--max-length", "64");

        Assert.Equal(DecodingStrategy.Sample, decoding.Strategy);
        Assert.Equal(0.7, decoding.Temperature);
        Assert.Equal(5, decoding.TopK);
        Assert.Equal(0.9, decoding.TopP);
        Assert.Equal(42, decoding.Seed);
        Assert.Equal(64, decoding.MaxReplyLength);
    }

    [Fact]
    public void Greedy_selects_greedy_decoding()
    {
        Assert.Equal(DecodingStrategy.Greedy, Read("--greedy").Strategy);
    }

    [Fact]
    public void Beam_selects_beam_search_of_that_width()
    {
        var decoding = Read("--beam", "3");

        Assert.Equal(DecodingStrategy.Beam, decoding.Strategy);
        Assert.Equal(3, decoding.BeamWidth);
    }

    [Fact]
    public void Greedy_with_beam_is_a_usage_error()
    {
        var failure = Assert.Throws<CommandFailedException>(() => Read("--greedy", "--beam", "2"));

        Assert.Equal(ExitCodes.Usage, failure.ExitCode);
    }

    private DecodingOptions Read(params string[] options)
    {
        string[] args = ["chat", .. options];
        var context = new CliContext(CliRun.Environment(_folder), TextWriter.Null, TextWriter.Null, TextReader.Null, args);
        var parseResult = new TrainerApp(context.Environment).CreateRootCommand(context).Parse(args);
        Assert.Empty(parseResult.Errors);
        var chat = Assert.IsType<ChatCommand>(parseResult.CommandResult.Command);
        return chat.Decoding.Read(parseResult);
    }
}
