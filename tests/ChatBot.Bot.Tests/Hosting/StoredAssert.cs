using ChatBot.Bot.State;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>Compares stored conversations by content (records hold the state as a byte array).</summary>
public static class StoredAssert
{
    public static void Unchanged(StoredConversation? expected, StoredConversation? actual)
    {
        if (expected is null || actual is null)
        {
            Assert.Equal(expected is null, actual is null);
            return;
        }
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Record.TurnCount, actual.Record.TurnCount);
        Assert.Equal(expected.Record.ModelFingerprint, actual.Record.ModelFingerprint);
        Assert.Equal(expected.Record.UpdatedAt, actual.Record.UpdatedAt);
        Assert.Equal(expected.Record.State, actual.Record.State);
    }
}
