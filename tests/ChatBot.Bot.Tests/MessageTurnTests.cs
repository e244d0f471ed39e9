using System.Text.Json.Nodes;
using ChatBot.Bot.Localization;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>Message turns through the real HTTP endpoint, with replies captured by a fake Bot Connector.</summary>
public sealed class MessageTurnTests
{
    [Fact]
    public async Task A_message_gets_one_reply_addressed_back_to_the_sender_in_the_same_conversation()
    {
        await using var bot = await BotScenario.StartAsync();
        var message = bot.Message("conv-1", "hello there");

        await bot.Host.SendAsync(message);

        var reply = Assert.Single(bot.Connector.MessagesIn("conv-1"));
        Assert.Equal("message", reply.Type);
        Assert.StartsWith("alpha #1 [", reply.Text);
        Assert.EndsWith("]: hello there", reply.Text);
        Assert.Equal(message.Id(), reply.ReplyToId);
        Assert.Equal(message.Id(), reply.PathReplyToId);
        Assert.Equal("conv-1", reply.PathConversationId);
        Assert.Equal(Activities.BotId, reply.FromId);
        Assert.Equal(Activities.UserId, reply.RecipientId);
    }

    [Fact]
    public async Task With_no_typing_delay_a_typing_indicator_goes_out_before_the_reply()
    {
        await using var bot = await BotScenario.StartAsync(new() { ["Bot:Turns:TypingDelay"] = "00:00:00" });

        await bot.Host.SendAsync(bot.Message("conv-1", "hello"));

        Assert.Equal(new[] { "typing", "message" }, SentTypes(bot, "conv-1"));
    }

    [Fact]
    public async Task A_reply_that_comes_within_the_typing_delay_needs_no_typing_indicator()
    {
        await using var bot = await BotScenario.StartAsync(new() { ["Bot:Turns:TypingDelay"] = "00:00:05" });

        await bot.Host.SendAsync(bot.Message("conv-1", "hello"));

        Assert.Equal(new[] { "message" }, SentTypes(bot, "conv-1"));
    }

    [Fact]
    public async Task A_reply_slower_than_the_typing_delay_is_preceded_by_a_typing_indicator()
    {
        await using var bot = await BotScenario.StartAsync(new() { ["Bot:Turns:TypingDelay"] = "00:00:00.200" });
        bot.Loader.Behaviour.Delay = TimeSpan.FromSeconds(1.5);

        await bot.Host.SendAsync(bot.Message("conv-1", "hello"));

        Assert.Equal(new[] { "typing", "message" }, SentTypes(bot, "conv-1"));
    }

    private static string[] SentTypes(BotScenario bot, string conversationId) =>
        bot.Connector.All.Where(activity => activity.ConversationId == conversationId).Select(activity => activity.Type ?? "").ToArray();

    [Fact]
    public async Task The_model_continues_from_the_state_of_the_previous_turn()
    {
        await using var bot = await BotScenario.StartAsync();

        var first = await bot.AskAsync("conv-1", "one");
        var second = await bot.AskAsync("conv-1", "two");

        Assert.StartsWith("alpha #1 ", first);
        Assert.StartsWith("alpha #2 ", second);
        var stored = await bot.Host.StoredAsync("conv-1");
        Assert.Equal(2, stored!.Record.TurnCount);
        Assert.Equal("alpha-fp", stored.Record.ModelFingerprint);
    }

    [Fact]
    public async Task Conversations_keep_separate_states()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.AskAsync("conv-a", "one");
        await bot.AskAsync("conv-a", "two");
        var other = await bot.AskAsync("conv-b", "two");

        Assert.StartsWith("alpha #1 ", other);
    }

    [Fact]
    public async Task The_bot_joining_a_conversation_sends_a_welcome_that_names_the_commands()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(Activities.MembersAdded(bot.Connector.ServiceUrl, "conv-1", "en-US", Activities.BotId, Activities.UserId));

        var welcome = Assert.Single(bot.Connector.MessagesIn("conv-1"));
        Assert.Equal(BotTexts.English.Welcome, welcome.Text);
        Assert.Contains("/help", welcome.Text);
        Assert.Contains("/reset", welcome.Text);
        Assert.Contains("/about", welcome.Text);
        Assert.Null(await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public async Task A_person_joining_a_conversation_the_bot_is_already_in_gets_no_welcome()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(Activities.MembersAdded(bot.Connector.ServiceUrl, "conv-1", "en-US", Activities.UserId));

        Assert.Empty(bot.Connector.MessagesIn("conv-1"));
    }

    [Fact]
    public async Task The_welcome_is_in_Portuguese_for_a_Portuguese_locale()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(Activities.MembersAdded(bot.Connector.ServiceUrl, "conv-1", "pt-PT", Activities.BotId));

        Assert.Equal(BotTexts.Portuguese.Welcome, Assert.Single(bot.Connector.TextsIn("conv-1")));
    }

    [Fact]
    public async Task Reset_forgets_the_conversation_so_the_next_turn_starts_fresh()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync("conv-1", "one");
        await bot.AskAsync("conv-1", "two");

        var answer = await bot.AskAsync("conv-1", "/reset");
        var stored = await bot.Host.StoredAsync("conv-1");
        var next = await bot.AskAsync("conv-1", "two");

        Assert.Equal(BotTexts.English.ResetDone, answer);
        Assert.Null(stored);
        Assert.StartsWith("alpha #1 ", next);
    }

    [Fact]
    public async Task Reset_of_a_conversation_without_state_says_there_was_nothing_to_forget()
    {
        await using var bot = await BotScenario.StartAsync();

        Assert.Equal(BotTexts.English.ResetNothingToForget, await bot.AskAsync("conv-1", "/reset"));
    }

    [Fact]
    public async Task About_names_the_model_when_it_was_trained_on_what_and_its_held_out_bpc()
    {
        await using var bot = await BotScenario.StartAsync();

        var about = await bot.AskAsync("conv-1", "/about");

        Assert.Contains("alpha", about);
        Assert.Contains("alpha-fp", about);
        Assert.Contains("2026-01-02 03:04", about);
        Assert.Contains("the unit-test corpus", about);
        Assert.Contains("1.875 bits per character", about);
    }

    [Fact]
    public async Task Portuguese_commands_are_answered_in_Portuguese_even_in_an_English_client()
    {
        await using var bot = await BotScenario.StartAsync();

        var help = await bot.AskAsync("conv-1", "/ajuda", locale: "en-US");
        var about = await bot.AskAsync("conv-1", "/sobre", locale: "en-US");
        var reset = await bot.AskAsync("conv-1", "/recomeçar", locale: "en-US");

        Assert.Equal(BotTexts.Portuguese.Help, help);
        Assert.Contains("treinado em 02/01/2026", about);
        Assert.Contains("1,875 bits por caractere", about);
        Assert.Equal(BotTexts.Portuguese.ResetNothingToForget, reset);
    }

    [Fact]
    public async Task English_commands_are_answered_in_English_even_in_a_Portuguese_client()
    {
        await using var bot = await BotScenario.StartAsync();

        var help = await bot.AskAsync("conv-1", "/help", locale: "pt-BR");
        var reset = await bot.AskAsync("conv-1", "/reset", locale: "pt-BR");

        Assert.Equal(BotTexts.English.Help, help);
        Assert.Equal(BotTexts.English.ResetNothingToForget, reset);
    }

    [Fact]
    public async Task An_unknown_command_is_answered_in_the_clients_language()
    {
        await using var bot = await BotScenario.StartAsync();

        Assert.Equal(BotTexts.Portuguese.UnknownCommand("/dançar"), await bot.AskAsync("conv-1", "/dançar", locale: "pt-BR"));
    }

    [Fact]
    public async Task Help_and_about_leave_the_conversation_state_alone()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync("conv-1", "one");
        var before = await bot.Host.StoredAsync("conv-1");

        await bot.AskAsync("conv-1", "/help");
        await bot.AskAsync("conv-1", "/about");

        StoredAssert.Unchanged(before, await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public async Task An_unknown_command_is_named_in_the_answer()
    {
        await using var bot = await BotScenario.StartAsync();

        Assert.Equal(BotTexts.English.UnknownCommand("/dance"), await bot.AskAsync("conv-1", "/dance now"));
    }

    [Fact]
    public async Task The_bots_own_Teams_mention_is_removed_before_the_model_reads_the_text()
    {
        await using var bot = await BotScenario.StartAsync();
        var message = bot.Message("19:meeting_abc@thread.v2", "<at>ChatBot</at> how are&nbsp;you <at>Ana</at>?", channelId: "msteams")
            .With("entities", new JsonArray(
                new JsonObject
                {
                    ["type"] = "mention",
                    ["text"] = "<at>ChatBot</at>",
                    ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = Activities.BotName },
                },
                new JsonObject
                {
                    ["type"] = "mention",
                    ["text"] = "<at>Ana</at>",
                    ["mentioned"] = new JsonObject { ["id"] = "user-ana", ["name"] = "Ana" },
                }));

        await bot.Host.SendAsync(message);

        var reply = Assert.Single(bot.Connector.TextsIn("19:meeting_abc@thread.v2"));
        Assert.EndsWith("]: how are you <at>Ana</at>?", reply);
    }

    [Fact]
    public async Task A_long_message_is_cut_to_the_limit_and_the_user_is_told()
    {
        await using var bot = await BotScenario.StartAsync(new() { ["Bot:Turns:MaxInputLength"] = "10" });

        var replies = await bot.SayAsync("conv-1", "abcdefghijklmnopqrstuvwxyz");

        Assert.Equal(2, replies.Count);
        Assert.Equal(BotTexts.English.Truncated(10), replies[0]);
        Assert.EndsWith("]: abcdefghij", replies[1]);
    }

    [Fact]
    public async Task An_attachment_without_text_gets_a_polite_answer_and_no_state()
    {
        await using var bot = await BotScenario.StartAsync();
        var message = bot.Message("conv-1", null)
            .With("attachments", new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "http://127.0.0.1:9/cat.png" }));

        await bot.Host.SendAsync(message);

        Assert.Equal(BotTexts.English.TextOnly, Assert.Single(bot.Connector.TextsIn("conv-1")));
        Assert.Null(await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public async Task A_message_of_only_white_space_gets_a_hint_and_no_state()
    {
        await using var bot = await BotScenario.StartAsync();

        Assert.Equal(BotTexts.English.EmptyMessage, await bot.AskAsync("conv-1", " \n\t "));
        Assert.Null(await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public async Task Message_updates_and_reactions_are_accepted_without_a_reply_or_a_state_change()
    {
        await using var bot = await BotScenario.StartAsync();
        await bot.AskAsync("conv-1", "one");
        var before = await bot.Host.StoredAsync("conv-1");
        var update = Activities.Base("messageUpdate", bot.Connector.ServiceUrl, "conv-1", "en-US", "emulator").With("text", "one, edited");
        var reaction = Activities.Base("messageReaction", bot.Connector.ServiceUrl, "conv-1", "en-US", "emulator")
            .With("reactionsAdded", new JsonArray(new JsonObject { ["type"] = "like" }));

        await bot.Host.SendAsync(update);
        await bot.Host.SendAsync(reaction);

        Assert.Single(bot.Connector.MessagesIn("conv-1"));
        StoredAssert.Unchanged(before, await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public async Task An_empty_model_reply_is_sent_as_an_ellipsis_and_the_turn_still_counts()
    {
        await using var bot = await BotScenario.StartAsync();
        bot.Loader.Behaviour.ReplyText = "";

        var reply = await bot.AskAsync("conv-1", "hello");

        Assert.Equal(Conversations.ChatActivityHandler.EmptyReply, reply);
        Assert.Equal(1, (await bot.Host.StoredAsync("conv-1"))!.Record.TurnCount);
    }
}
