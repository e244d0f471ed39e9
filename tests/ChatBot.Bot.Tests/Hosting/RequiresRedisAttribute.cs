namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// On a test class: its inherited <see cref="ContractFactAttribute"/> tests need a redis-server, and are skipped or
/// failed without one just as <see cref="RedisFactAttribute"/> tests are.
/// </summary>
public sealed class RequiresRedisAttribute : TestClassRequirementAttribute
{
    public override string? SkipReason => RedisServer.SkipReason;
}
