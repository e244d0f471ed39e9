namespace ChatBot.Model.Decoding;

public enum DecodingStrategy
{
    Greedy,
    Sample,
    Beam,
}

/// <summary>How a reply is generated. Sampling uses <see cref="Temperature"/>, then <see cref="TopK"/>, then <see cref="TopP"/>.</summary>
public sealed record DecodingOptions
{
    public DecodingStrategy Strategy { get; init; } = DecodingStrategy.Greedy;
    public double Temperature { get; init; } = 1.0;
    /// <summary>0 disables the top-k cut.</summary>
    public int TopK { get; init; }
    /// <summary>1 disables nucleus sampling.</summary>
    public double TopP { get; init; } = 1.0;
    public int BeamWidth { get; init; } = 4;
    public int MaxReplyLength { get; init; } = 200;
    /// <summary>Seed for sampling; null draws one at random.</summary>
    public int? Seed { get; init; }

    public static DecodingOptions Greedy { get; } = new();
}
