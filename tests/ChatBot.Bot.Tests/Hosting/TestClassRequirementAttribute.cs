namespace ChatBot.Bot.Tests.Hosting;

/// <summary>Something every test of a class needs, its inherited <see cref="ContractFactAttribute"/> tests too.</summary>
[AttributeUsage(AttributeTargets.Class)]
public abstract class TestClassRequirementAttribute : Attribute
{
    /// <summary>Why the class's tests are skipped here, or null when they run.</summary>
    public abstract string? SkipReason { get; }
}
