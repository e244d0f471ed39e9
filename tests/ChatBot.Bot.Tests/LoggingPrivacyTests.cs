using ChatBot.Bot.State;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Bot.Tests;

/// <summary>Logs at Information and above carry neither what users wrote nor raw conversation ids.</summary>
public sealed class LoggingPrivacyTests
{
    [Fact]
    public async Task Information_logs_contain_no_message_text_and_only_hashed_conversation_ids()
    {
        const string secretText = "my password is swordfish";
        const string conversationId = "a:1Xq-private-conversation-id";
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync(conversationId, secretText);
        bot.Loader.Behaviour.Fail = true;
        await bot.AskAsync(conversationId, secretText);
        await bot.AskAsync(conversationId, "/reset");

        var visible = bot.Host.Logs.Entries.Where(entry => entry.Level >= LogLevel.Information).ToArray();

        Assert.NotEmpty(visible);
        Assert.DoesNotContain(visible, entry => (entry.Message + entry.Exception).Contains("swordfish"));
        Assert.DoesNotContain(visible, entry => (entry.Message + entry.Exception).Contains(conversationId));
        Assert.DoesNotContain(visible, entry => (entry.Message + entry.Exception).Contains(Uri.EscapeDataString(conversationId)));
        var hashed = new ConversationKey("emulator", conversationId).ToLogId();
        Assert.Contains(visible, entry => entry.Message.Contains(hashed));
    }
}
