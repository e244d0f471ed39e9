namespace ChatBot.Bot.Tests;

/// <summary>Tests that read the process-wide metrics: run one at a time, with no other bot running beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry, alone";
}
