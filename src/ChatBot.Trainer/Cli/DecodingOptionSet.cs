using System.CommandLine;
using ChatBot.Model.Decoding;

namespace ChatBot.Trainer.Cli;

/// <summary>The options that choose how replies are generated, shared by "chat" and "sample".</summary>
public sealed class DecodingOptionSet
{
    private static readonly DecodingOptions Defaults = new();

    public Option<double?> Temperature { get; } = OptionFactory.Double(
        "--temperature",
        $"Sampling temperature: below 1 sharpens the character distribution, above 1 flattens it. Default: {Defaults.Temperature}.",
        min: 0, max: 10, minExclusive: true);

    public Option<int?> TopK { get; } = OptionFactory.Int(
        "--top-k",
        $"Sample only among the K most likely characters; 0 keeps all. Default: {Defaults.TopK}.",
        min: 0, helpName: "K");

    public Option<double?> TopP { get; } = OptionFactory.Double(
        "--top-p",
        $"Nucleus sampling: sample among the most likely characters whose probabilities add up to P (0 < P <= 1; 1 keeps all). Default: {Defaults.TopP}.",
        min: 0, max: 1, minExclusive: true, helpName: "P");

    public Option<int?> Beam { get; } = OptionFactory.Int(
        "--beam",
        "Beam search with this many beams instead of sampling (deterministic).",
        min: 1, max: 64, helpName: "WIDTH");

    public Option<bool> Greedy { get; } = OptionFactory.Create<bool>(
        "--greedy",
        "Always take the most likely next character (deterministic). Without --greedy or --beam, replies are sampled.");

    public Option<int?> Seed { get; } = OptionFactory.Int(
        "--seed",
        "Seed for sampling, to make sampled replies repeatable. Default: a random seed.");

    public Option<int?> MaxLength { get; } = OptionFactory.Int(
        "--max-length",
        $"Longest reply, in characters. Default: {Defaults.MaxReplyLength}.",
        min: 1, max: 100_000);

    public void AddTo(Command command)
    {
        command.Options.Add(Temperature);
        command.Options.Add(TopK);
        command.Options.Add(TopP);
        command.Options.Add(Beam);
        command.Options.Add(Greedy);
        command.Options.Add(Seed);
        command.Options.Add(MaxLength);
    }

    /// <exception cref="CommandFailedException">Options that contradict each other (exit code 2).</exception>
    public DecodingOptions Read(ParseResult parseResult)
    {
        var greedy = parseResult.GetValue(Greedy);
        var beam = parseResult.GetValue(Beam);
        var temperature = parseResult.GetValue(Temperature);
        var topK = parseResult.GetValue(TopK);
        var topP = parseResult.GetValue(TopP);
        if (greedy && beam is not null)
        {
            throw CommandFailedException.Usage("--greedy and --beam exclude each other; choose one.");
        }
        if ((greedy || beam is not null) && (temperature is not null || topK is not null || topP is not null))
        {
            throw CommandFailedException.Usage("--temperature, --top-k and --top-p apply to sampling only; drop them or drop --greedy/--beam.");
        }

        var strategy = greedy ? DecodingStrategy.Greedy : beam is not null ? DecodingStrategy.Beam : DecodingStrategy.Sample;
        return Defaults with
        {
            Strategy = strategy,
            Temperature = temperature ?? Defaults.Temperature,
            TopK = topK ?? Defaults.TopK,
            TopP = topP ?? Defaults.TopP,
            BeamWidth = beam ?? Defaults.BeamWidth,
            MaxReplyLength = parseResult.GetValue(MaxLength) ?? Defaults.MaxReplyLength,
            Seed = parseResult.GetValue(Seed),
        };
    }
}
