using ChatBot.Bot.Conversations;
using ChatBot.Bot.Localization;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests;

/// <summary>
/// The chat guides the user: buttons (suggested actions) under the welcome and /help, and texts that say what the
/// bot can and cannot do, with the memory claim coming only from the measured figures (Bot:Recall).
/// </summary>
public sealed class GuidedChatTests
{
    [Fact]
    public async Task The_welcome_offers_buttons_for_help_about_and_Portuguese()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(Activities.MembersAdded(bot.Connector.ServiceUrl, "conv-1", "en-US", Activities.BotId, Activities.UserId));

        var welcome = Assert.Single(bot.Connector.MessagesIn("conv-1"));
        Assert.Equal([("What can you do?", "/help"), ("Who are you?", "/about"), ("Português", "/ajuda")], welcome.SuggestedActions);
    }

    [Fact]
    public async Task Help_offers_buttons_to_start_over_see_the_model_and_switch_to_Portuguese()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(bot.Message("conv-1", "/help"));

        var help = Assert.Single(bot.Connector.MessagesIn("conv-1"));
        Assert.Equal([("/reset", "/reset"), ("About this model", "/about"), ("Português", "/ajuda")], help.SuggestedActions);
    }

    [Fact]
    public async Task The_Portuguese_help_offers_Portuguese_commands_and_a_way_back_to_English()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(bot.Message("conv-1", "/ajuda"));

        var help = Assert.Single(bot.Connector.MessagesIn("conv-1"));
        Assert.Equal([("/recomeçar", "/recomeçar"), ("Sobre o modelo", "/sobre"), ("English", "/help")], help.SuggestedActions);
    }

    [Fact]
    public async Task Model_replies_and_other_answers_carry_no_buttons()
    {
        await using var bot = await BotScenario.StartAsync();

        await bot.Host.SendAsync(bot.Message("conv-1", "hello"));
        await bot.Host.SendAsync(bot.Message("conv-1", "/about"));

        Assert.All(bot.Connector.MessagesIn("conv-1"), message => Assert.Empty(message.SuggestedActions));
    }

    [Theory]
    [InlineData(BotLanguage.English)]
    [InlineData(BotLanguage.Portuguese)]
    public void Every_button_sends_a_known_command_and_there_are_at_most_three_as_Teams_shows_no_more(BotLanguage language)
    {
        var texts = BotTexts.For(language);

        foreach (var replies in new[] { texts.WelcomeReplies, texts.HelpReplies })
        {
            Assert.InRange(replies.Count, 1, 3);
            Assert.All(replies, reply => Assert.NotEqual(BotCommandKind.Unknown, BotCommand.TryParse(reply.Command)?.Kind));
            Assert.All(replies, reply => Assert.Equal(BotCommand.TryParse(reply.Command)?.Kind, BotCommand.TryParse(reply.Title)?.Kind));
        }
    }

    [Fact]
    public async Task A_button_title_sent_as_text_runs_its_command_as_the_Playgrounds_Teams_view_sends_it()
    {
        await using var bot = await BotScenario.StartAsync();

        var help = await bot.AskAsync("conv-1", "What can you do?");
        var ajuda = await bot.AskAsync("conv-1", "Português");

        Assert.Equal(BotTexts.English.Help, help);
        Assert.Equal(BotTexts.Portuguese.Help, ajuda);
        Assert.Null(await bot.Host.StoredAsync("conv-1"));
    }

    [Fact]
    public void The_Portuguese_help_lists_the_Portuguese_command_names()
    {
        var help = BotTexts.Portuguese.Help;

        Assert.Contains("/recomeçar:", help);
        Assert.Contains("/sobre:", help);
        Assert.Contains("/ajuda:", help);
        Assert.DoesNotContain("/reset", help);
        Assert.DoesNotContain("/about", help);
    }

    [Theory]
    [InlineData(BotLanguage.English, "/about")]
    [InlineData(BotLanguage.Portuguese, "/sobre")]
    public void Welcome_and_help_promise_no_memory_and_point_to_the_measured_figure(BotLanguage language, string about)
    {
        var texts = BotTexts.For(language);

        Assert.Contains(about, texts.Welcome);
        Assert.Contains(about, texts.Help);
        Assert.DoesNotContain("I remember our conversation", texts.Help);
        Assert.DoesNotContain("eu me lembro da nossa conversa", texts.Help);
    }

    [Fact]
    public async Task About_states_the_measured_recall_when_it_was_measured_on_the_serving_model()
    {
        await using var bot = await BotScenario.StartAsync(RecallSettings("alpha-fp"));

        var english = await bot.AskAsync("conv-1", "/about");
        var portuguese = await bot.AskAsync("conv-1", "/sobre");

        Assert.Contains("measured on 2026-12-01: I gave back 3 of 40 facts (8%)", english);
        Assert.Contains("medida em 01/12/2026: devolvi 3 de 40 fatos (8%)", portuguese);
    }

    [Fact]
    public async Task About_says_memory_is_unmeasured_when_the_figures_belong_to_another_model()
    {
        await using var bot = await BotScenario.StartAsync(RecallSettings("retired-fp"));

        var about = await bot.AskAsync("conv-1", "/about");

        Assert.Contains("My memory has not been measured for this model yet", about);
        Assert.DoesNotContain("3 of 40", about);
    }

    [Fact]
    public async Task About_says_memory_is_unmeasured_by_default()
    {
        await using var bot = await BotScenario.StartAsync();

        Assert.Contains("My memory has not been measured for this model yet", await bot.AskAsync("conv-1", "/about"));
    }

    [Fact]
    public async Task Recall_figures_that_name_no_model_stop_start_up_naming_the_key()
    {
        var failure = await StartUpFailureAsync(RecallSettings(""));

        Assert.Contains("Bot:Recall:ModelFingerprint: is empty but recall figures are set", failure);
    }

    [Fact]
    public async Task More_facts_recalled_than_asked_stop_start_up_naming_the_key()
    {
        var settings = RecallSettings("alpha-fp");
        settings["Bot:Recall:Recalled"] = "41";

        var failure = await StartUpFailureAsync(settings);

        Assert.Contains("Bot:Recall:Recalled: must be between 0 and 40, not 41", failure);
    }

    private static async Task<string> StartUpFailureAsync(Dictionary<string, string?> settings)
    {
        using var directory = new TestDirectory();
        TestModelLoader.WriteModelFile(BotTestHost.ModelPath(directory), "alpha", "alpha-fp");
        var setup = new TestBotSetup { Loader = new TestModelLoader(), Settings = settings };
        return (await Assert.ThrowsAsync<OptionsValidationException>(() => BotTestHost.StartAsync(directory, setup))).Message;
    }

    private static Dictionary<string, string?> RecallSettings(string fingerprint) => new()
    {
        ["Bot:Recall:ModelFingerprint"] = fingerprint,
        ["Bot:Recall:Recalled"] = "3",
        ["Bot:Recall:Asked"] = "40",
        ["Bot:Recall:MeasuredOn"] = "2026-12-01",
    };
}
