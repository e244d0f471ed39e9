using ChatBot.Bot.Conversations;
using ChatBot.Bot.Localization;

namespace ChatBot.Bot.Tests;

public sealed class BotCommandTests
{
    [Theory]
    [InlineData("/help", BotCommandKind.Help)]
    [InlineData("/HELP", BotCommandKind.Help)]
    [InlineData("/ajuda", BotCommandKind.Help)]
    [InlineData("/reset now please", BotCommandKind.Reset)]
    [InlineData("/recomeçar", BotCommandKind.Reset)]
    [InlineData("/about", BotCommandKind.About)]
    [InlineData("/sobre", BotCommandKind.About)]
    [InlineData("/dance", BotCommandKind.Unknown)]
    public void A_message_starting_with_a_slash_is_a_command_named_by_its_first_word(string text, BotCommandKind kind)
    {
        Assert.Equal(kind, BotCommand.TryParse(text)?.Kind);
    }

    [Theory]
    [InlineData("/help", BotLanguage.English)]
    [InlineData("/reset", BotLanguage.English)]
    [InlineData("/about", BotLanguage.English)]
    [InlineData("/ajuda", BotLanguage.Portuguese)]
    [InlineData("/recomecar", BotLanguage.Portuguese)]
    [InlineData("/Recomeçar", BotLanguage.Portuguese)]
    [InlineData("/sobre", BotLanguage.Portuguese)]
    public void A_command_knows_the_language_its_name_is_in(string text, BotLanguage language)
    {
        Assert.Equal(language, BotCommand.TryParse(text)?.Language);
    }

    [Fact]
    public void An_unknown_command_has_no_language_of_its_own()
    {
        Assert.Null(BotCommand.TryParse("/dance")!.Language);
    }

    [Theory]
    [InlineData("What can you do?", BotCommandKind.Help, BotLanguage.English)]
    [InlineData("what can you do?", BotCommandKind.Help, BotLanguage.English)]
    [InlineData("Português", BotCommandKind.Help, BotLanguage.Portuguese)]
    [InlineData("Quem é você?", BotCommandKind.About, BotLanguage.Portuguese)]
    public void A_buttons_title_is_read_as_the_buttons_command(string text, BotCommandKind kind, BotLanguage language)
    {
        var command = BotCommand.TryParse(text);

        Assert.Equal(kind, command?.Kind);
        Assert.Equal(language, command?.Language);
    }

    [Theory]
    [InlineData("hello /help")]
    [InlineData("/")]
    [InlineData("/ help")]
    [InlineData("help")]
    [InlineData("start over")]
    [InlineData("What can you do? Tell me")]
    public void Other_messages_are_not_commands(string text)
    {
        Assert.Null(BotCommand.TryParse(text));
    }

    [Theory]
    [InlineData("pt", BotLanguage.Portuguese)]
    [InlineData("pt-BR", BotLanguage.Portuguese)]
    [InlineData("PT-pt", BotLanguage.Portuguese)]
    [InlineData("pt_BR", BotLanguage.Portuguese)]
    [InlineData("en-US", BotLanguage.English)]
    [InlineData("es-ES", BotLanguage.English)]
    [InlineData("ptx", BotLanguage.English)]
    [InlineData(null, BotLanguage.English)]
    public void Portuguese_locales_get_Portuguese_and_every_other_locale_English(string? locale, BotLanguage language)
    {
        Assert.Equal(language, BotLanguages.FromLocale(locale));
    }
}
