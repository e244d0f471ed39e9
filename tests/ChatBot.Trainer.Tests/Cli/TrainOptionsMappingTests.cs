using ChatBot.Trainer.Cli;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Tests.Cli;

public sealed class TrainOptionsMappingTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_train_option_sets_its_trainer_setting()
    {
        var options = Map(
            "train", "--corpus", "a.txt", "--corpus", "more", "--model", "out/m.chatbot", "--run-dir", "runs/1", "--resume",
            "--steps", "77", "--hidden", "48", "--layers", "3", "--embedding", "12", "--batch", "5", "--bptt", "4",
            "--lr", "0.0125", "--seed", "-9", "--eval-every", "11", "--checkpoint-every", "13", "--patience", "0", "--threads", "2");

        Assert.Equal(["a.txt", "more"], options.Corpus);
        Assert.Equal("out/m.chatbot", options.ModelPath);
        Assert.Equal("runs/1", options.RunDirectory);
        Assert.True(options.Resume);
        Assert.Equal(77, options.MaxSteps);
        Assert.Equal(48, options.HiddenSize);
        Assert.Equal(3, options.Layers);
        Assert.Equal(12, options.EmbeddingSize);
        Assert.Equal(5, options.BatchSize);
        Assert.Equal(4, options.BpttExchanges);
        Assert.Equal(0.0125, options.LearningRate);
        Assert.Equal(-9, options.Seed);
        Assert.Equal(11, options.EvalEvery);
        Assert.Equal(13, options.CheckpointEvery);
        Assert.Equal(0, options.Patience);
        Assert.Equal(2, options.Threads);
    }

    [Fact]
    public void The_attention_options_set_their_settings_and_a_boolean_takes_an_explicit_false()
    {
        var configured = new TrainerOptions { CaseCopy = true };

        Map(configured, "train", "--memory", "64", "--attention", "16", "--match", "2", "--case-copy", "false", "--time", "45m", "--dropout", "0.2", "--warmup", "7");

        Assert.Equal(64, configured.MemoryLength);
        Assert.Equal(16, configured.AttentionSize);
        Assert.Equal(2, configured.MatchLength);
        Assert.False(configured.CaseCopy);
        Assert.Equal(TimeSpan.FromMinutes(45), configured.TimeBudget);
        Assert.Equal(0.2, configured.Dropout);
        Assert.Equal(7, configured.WarmupSteps);
    }

    [Fact]
    public void Every_declared_option_has_its_own_flag_and_appears_on_the_train_command()
    {
        var flags = TrainOptionAttribute.OnTrainerOptions.Select(x => x.Declaration.Flag).ToList();
        var context = new CliContext(CliRun.Environment(_folder), TextWriter.Null, TextWriter.Null, TextReader.Null, []);
        var train = new TrainerApp(context.Environment).CreateRootCommand(context).Subcommands.Single(c => c.Name == "train");

        Assert.Equal(flags.Count, flags.Distinct().Count());
        Assert.All(flags, flag => Assert.Contains(train.Options, option => option.Name == flag));
    }

    [Fact]
    public void Options_not_given_leave_the_settings_as_configured()
    {
        var configured = new TrainerOptions { HiddenSize = 123, Corpus = ["configured"], Resume = false, LearningRate = 0.5 };

        Map(configured, "train", "--layers", "1");

        Assert.Equal(123, configured.HiddenSize);
        Assert.Equal(["configured"], configured.Corpus);
        Assert.False(configured.Resume);
        Assert.Equal(0.5, configured.LearningRate);
        Assert.Equal(1, configured.Layers);
    }

    [Fact]
    public void A_boolean_option_not_given_leaves_a_configured_true()
    {
        var configured = new TrainerOptions { CaseCopy = true };

        Map(configured, "train", "--layers", "1");

        Assert.True(configured.CaseCopy);
    }

    [Fact]
    public void Numbers_are_read_in_the_invariant_culture_whatever_the_machine_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("pt-BR");
        try
        {
            Assert.Equal(0.003, Map("train", "--lr", "0.003").LearningRate);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    private TrainerOptions Map(params string[] args) => Map(new TrainerOptions(), args);

    private TrainerOptions Map(TrainerOptions options, params string[] args)
    {
        var context = new CliContext(CliRun.Environment(_folder), TextWriter.Null, TextWriter.Null, TextReader.Null, args);
        var root = new TrainerApp(context.Environment).CreateRootCommand(context);
        var parseResult = root.Parse(args);
        Assert.Empty(parseResult.Errors);
        var train = Assert.IsType<TrainCommand>(parseResult.CommandResult.Command);
        train.ReadOverrides(parseResult).ApplyTo(options);
        return options;
    }
}
