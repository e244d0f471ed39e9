using System.CommandLine;
using ChatBot.Model.Decoding;

namespace ChatBot.Trainer.Cli;

/// <summary>
/// The options that choose how replies are generated, shared by "chat" and "sample". Defaults and valid ranges are
/// those <see cref="DecodingOptions"/> declares (checked by its <see cref="DecodingOptions.Problems"/>, as the bot does).
/// </summary>
public sealed class DecodingOptionSet
{
    private static readonly DecodingOptions Defaults = new();

    public Option<double?> Temperature { get; } = OptionFactory.Double(
        "--temperature",
        $"Sampling temperature (above 0, at most {DecodingOptions.MaxTemperature}): below 1 sharpens the character distribution, above 1 flattens it. Default: {Defaults.Temperature}.");

    public Option<int?> TopK { get; } = OptionFactory.Int(
        "--top-k",
        $"Sample only among the K most likely characters; 0 keeps all. Default: {Defaults.TopK}.",
        helpName: "K");

    public Option<double?> TopP { get; } = OptionFactory.Double(
        "--top-p",
        $"Nucleus sampling: sample among the most likely characters whose probabilities add up to P (0 < P <= 1; 1 keeps all). Default: {Defaults.TopP}.",
        helpName: "P");

    public Option<int?> Beam { get; } = OptionFactory.Int(
        "--beam",
        $"Beam search with this many beams (1 to {DecodingOptions.MaxBeamWidth}) instead of sampling (deterministic).",
        helpName: "WIDTH");

    public Option<bool> Greedy { get; } = OptionFactory.Create<bool>(
        "--greedy",
        "Always take the most likely next character (deterministic). Without --greedy or --beam, replies are sampled.");

    public Option<int?> Seed { get; } = OptionFactory.Int(
        "--seed",
        "Seed for sampling, to make sampled replies repeatable. Default: a random seed.");

    public Option<int?> MaxLength { get; } = OptionFactory.Int(
        "--max-length",
        $"Longest reply, in characters. Default: {Defaults.MaxReplyLength}.");

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
        var options = Defaults with
        {
            Strategy = strategy,
            Temperature = temperature ?? Defaults.Temperature,
            TopK = topK ?? Defaults.TopK,
            TopP = topP ?? Defaults.TopP,
            BeamWidth = beam ?? Defaults.BeamWidth,
            MaxReplyLength = parseResult.GetValue(MaxLength) ?? Defaults.MaxReplyLength,
            Seed = parseResult.GetValue(Seed),
        };
        if (options.Problems() is [var (setting, problem), ..])
        {
            throw CommandFailedException.Usage($"{Flags[setting]} {problem}.");
        }
        return options;
    }

    /// <summary>The option that sets each <see cref="DecodingOptions"/> property, for error messages.</summary>
    private static readonly IReadOnlyDictionary<string, string> Flags = new Dictionary<string, string>
    {
        [nameof(DecodingOptions.Strategy)] = "--greedy/--beam",
        [nameof(DecodingOptions.Temperature)] = "--temperature",
        [nameof(DecodingOptions.TopK)] = "--top-k",
        [nameof(DecodingOptions.TopP)] = "--top-p",
        [nameof(DecodingOptions.BeamWidth)] = "--beam",
        [nameof(DecodingOptions.MaxReplyLength)] = "--max-length",
    };
}
