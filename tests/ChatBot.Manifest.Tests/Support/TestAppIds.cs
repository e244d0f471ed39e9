using ChatBot.Manifest.Packaging;

namespace ChatBot.Manifest.Tests.Support;

internal static class TestAppIds
{
    /// <summary>A made-up Microsoft App ID (not a real registration).</summary>
    public const string Text = "5d7c1e2a-93b4-4f60-a8d1-2c9e6b3f7a10";

    public static BotAppId Parse(string text = Text) =>
        BotAppId.TryParse(text, out var appId, out var error) ? appId : throw new ArgumentException(error, nameof(text));
}
