namespace ChatBot.Bot.Tests.Hosting;

/// <summary>A test that needs <see cref="ImmutableFiles"/>; skipped with the reason where the file system or the user cannot set the attribute.</summary>
public sealed class ImmutableFileFactAttribute : FactAttribute
{
    public ImmutableFileFactAttribute()
    {
        if (ImmutableFiles.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
