using System.Globalization;

namespace ChatBot.Model.Decoding;

/// <summary>
/// How a reply is generated: the one declaration of the decoding settings, their defaults and their valid ranges.
/// The bot binds it from "Bot:Decoding", the trainer's commands fill it from their options; both check it with
/// <see cref="Problems"/>. Sampling uses <see cref="Temperature"/>, then <see cref="TopK"/>, then <see cref="TopP"/>.
/// </summary>
public sealed record DecodingOptions
{
    public const double MaxTemperature = 10;
    public const int MaxTopK = 100_000;
    public const int MaxBeamWidth = 64;
    public const int MaxMaxReplyLength = 10_000;

    public DecodingStrategy Strategy { get; init; } = DecodingStrategy.Greedy;

    /// <summary>Above 0, at most <see cref="MaxTemperature"/>: below 1 sharpens the character distribution, above 1 flattens it.</summary>
    public double Temperature { get; init; } = 1.0;

    /// <summary>0 … <see cref="MaxTopK"/>; 0 disables the top-k cut.</summary>
    public int TopK { get; init; }

    /// <summary>Above 0, at most 1; 1 disables nucleus sampling.</summary>
    public double TopP { get; init; } = 1.0;

    /// <summary>1 … <see cref="MaxBeamWidth"/>.</summary>
    public int BeamWidth { get; init; } = 4;

    /// <summary>1 … <see cref="MaxMaxReplyLength"/> characters.</summary>
    public int MaxReplyLength { get; init; } = 200;

    /// <summary>Seed for sampling; null draws one at random.</summary>
    public int? Seed { get; init; }

    public static DecodingOptions Greedy { get; } = new();

    /// <summary>What is out of range, as (setting, problem) pairs; empty when the options are usable.</summary>
    public IReadOnlyList<(string Setting, string Problem)> Problems()
    {
        var problems = new List<(string, string)>();
        void Check(bool ok, string setting, string problem)
        {
            if (!ok)
            {
                problems.Add((setting, problem));
            }
        }
        string Shown(double value) => value.ToString(CultureInfo.InvariantCulture);
        Check(Enum.IsDefined(Strategy), nameof(Strategy), "must be Greedy, Sample or Beam");
        Check(Temperature > 0 && Temperature <= MaxTemperature, nameof(Temperature), $"must be greater than 0 and at most {Shown(MaxTemperature)}, not {Shown(Temperature)}");
        Check(TopK is >= 0 and <= MaxTopK, nameof(TopK), $"must be between 0 and {MaxTopK}, not {TopK}");
        Check(TopP > 0 && TopP <= 1, nameof(TopP), $"must be greater than 0 and at most 1, not {Shown(TopP)}");
        Check(BeamWidth is >= 1 and <= MaxBeamWidth, nameof(BeamWidth), $"must be between 1 and {MaxBeamWidth}, not {BeamWidth}");
        Check(MaxReplyLength is >= 1 and <= MaxMaxReplyLength, nameof(MaxReplyLength), $"must be between 1 and {MaxMaxReplyLength}, not {MaxReplyLength}");
        return problems;
    }
}
