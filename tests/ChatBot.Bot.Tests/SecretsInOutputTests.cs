using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>
/// Connection strings and passwords never reach the console, whatever stops the bot: the bot runs as a process and its
/// whole output is searched for the secret.
/// </summary>
public sealed class SecretsInOutputTests
{
    private const string Password = "S3cretPw";

    [Fact]
    public async Task A_bad_Redis_configuration_is_reported_by_its_key_without_its_password()
    {
        var output = await OutputOfFailedStartAsync(new()
        {
            ["Bot:StateStore:Redis:Configuration"] = $"redis.internal:6379,password={Password},ssl=maybe",
        });

        Assert.Contains("Bot:StateStore:Redis:Configuration", output);
        Assert.DoesNotContain(Password, output);
    }

    [Fact]
    public async Task An_unreachable_Redis_is_reported_by_its_address_without_its_password()
    {
        var port = FreePort.Find();
        var output = await OutputOfFailedStartAsync(new()
        {
            ["Bot:StateStore:Provider"] = "Redis",
            ["Bot:StateStore:Redis:Configuration"] = $"127.0.0.1:{port},password={Password}",
            ["Bot:StateStore:Redis:ConnectTimeout"] = "00:00:01",
        });

        Assert.Contains($"Redis at 127.0.0.1:{port} is unavailable", output);
        Assert.DoesNotContain(Password, output);
    }

    /// <returns>Everything the bot process wrote before it exited.</returns>
    private static async Task<string> OutputOfFailedStartAsync(Dictionary<string, string?> settings)
    {
        using var directory = new TestDirectory();
        UntrainedModels.Write(directory.File("model.chatbot"), seed: 7);
        settings["Bot:Model:Path"] = directory.File("model.chatbot");
        settings["Bot:Model:ReloadOnChange"] = "false";

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BotProcess.StartAsync(directory.Path, settings));

        Assert.Contains("exited with 1", failure.Message);
        return failure.Message;
    }
}
