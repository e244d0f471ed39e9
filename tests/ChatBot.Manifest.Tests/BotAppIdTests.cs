using ChatBot.Manifest.Packaging;

namespace ChatBot.Manifest.Tests;

public sealed class BotAppIdTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-a-guid")]
    [InlineData("5d7c1e2a-93b4-4f60-a8d1-2c9e6b3f7a1")] // one digit short
    [InlineData("5d7c1e2a93b44f60a8d12c9e6b3f7a10")] // no hyphens: the manifest schema wants the hyphenated form
    [InlineData("{5d7c1e2a-93b4-4f60-a8d1-2c9e6b3f7a10}")]
    [InlineData("{{MICROSOFT_APP_ID}}")]
    public void RejectsTextThatIsNoHyphenatedGuid(string? text)
    {
        Assert.False(BotAppId.TryParse(text, out _, out var error));
        Assert.Contains("bot app id", error);
    }

    [Fact]
    public void RejectsTheAllZeroGuid()
    {
        Assert.False(BotAppId.TryParse("00000000-0000-0000-0000-000000000000", out _, out var error));
        Assert.Contains("all-zero", error);
    }

    [Fact]
    public void AcceptsAnUpperCaseGuidAndWritesItInLowerCase()
    {
        Assert.True(BotAppId.TryParse(" 5D7C1E2A-93B4-4F60-A8D1-2C9E6B3F7A10 ", out var appId, out _));
        Assert.Equal("5d7c1e2a-93b4-4f60-a8d1-2c9e6b3f7a10", appId.ToString());
    }
}
