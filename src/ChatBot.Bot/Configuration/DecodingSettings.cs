using ChatBot.Model.Decoding;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>How the bot's replies are generated. Section "Bot:Decoding"; see <see cref="DecodingOptions"/>.</summary>
public sealed class DecodingSettings
{
    public const string SectionName = "Bot:Decoding";

    public DecodingStrategy Strategy { get; set; } = DecodingStrategy.Greedy;
    public double Temperature { get; set; } = 1.0;
    public int TopK { get; set; }
    public double TopP { get; set; } = 1.0;
    public int BeamWidth { get; set; } = 4;
    public int MaxReplyLength { get; set; } = 200;
    public int? Seed { get; set; }

    public DecodingOptions ToDecodingOptions() => new()
    {
        Strategy = Strategy,
        Temperature = Temperature,
        TopK = TopK,
        TopP = TopP,
        BeamWidth = BeamWidth,
        MaxReplyLength = MaxReplyLength,
        Seed = Seed,
    };
}

internal sealed class DecodingSettingsValidator : IValidateOptions<DecodingSettings>
{
    public ValidateOptionsResult Validate(string? name, DecodingSettings options)
    {
        var problems = new OptionsProblems();
        const string prefix = DecodingSettings.SectionName;
        problems.Check(Enum.IsDefined(options.Strategy), $"{prefix}:Strategy", "must be Greedy, Sample or Beam");
        problems.Check(options.Temperature > 0 && options.Temperature <= 10, $"{prefix}:Temperature",
            $"must be greater than 0 and at most 10, not {options.Temperature}");
        problems.CheckRange(options.TopK, 0, 100_000, $"{prefix}:TopK");
        problems.Check(options.TopP > 0 && options.TopP <= 1, $"{prefix}:TopP", $"must be greater than 0 and at most 1, not {options.TopP}");
        problems.CheckRange(options.BeamWidth, 1, 64, $"{prefix}:BeamWidth");
        problems.CheckRange(options.MaxReplyLength, 1, 10_000, $"{prefix}:MaxReplyLength");
        return problems.ToResult();
    }
}
