using ChatBot.Bot.Configuration;

namespace ChatBot.Bot.Tests;

public sealed class BotFrameworkOptionsTests
{
    private static string[] Problems(BotFrameworkOptions options) =>
        new BotFrameworkOptionsValidator().Validate(null, options).Failures?.ToArray() ?? [];

    [Fact]
    public void All_keys_empty_is_local_testing_without_authentication()
    {
        var options = new BotFrameworkOptions();

        Assert.Empty(Problems(options));
        Assert.False(options.AuthenticationEnabled);
    }

    [Fact]
    public void A_multi_tenant_bot_with_id_and_password_is_valid()
    {
        Assert.Empty(Problems(new BotFrameworkOptions { MicrosoftAppType = "MultiTenant", MicrosoftAppId = "id", MicrosoftAppPassword = "secret" }));
    }

    [Fact]
    public void A_single_tenant_bot_needs_its_tenant_id()
    {
        var problems = Problems(new BotFrameworkOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppId = "id", MicrosoftAppPassword = "secret" });

        Assert.Contains(problems, problem => problem.StartsWith("MicrosoftAppTenantId:"));
    }

    [Fact]
    public void A_password_without_an_app_id_is_a_mistake()
    {
        var problems = Problems(new BotFrameworkOptions { MicrosoftAppPassword = "secret" });

        Assert.Contains(problems, problem => problem.StartsWith("MicrosoftAppId:"));
    }

    [Fact]
    public void An_unknown_app_type_is_named()
    {
        var problems = Problems(new BotFrameworkOptions { MicrosoftAppType = "Multi" });

        Assert.Contains(problems, problem => problem.Contains("'Multi'"));
    }
}
