using ChatBot.Manifest.Configuration;
using ChatBot.Manifest.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Manifest.Tests;

/// <summary>How the packer's host finds its settings in the repository.</summary>
public sealed class PackagerHostTests
{
    [Fact]
    public void MicrosoftAppIdInTheTopLevelAppSettings_BindsToTheOptions()
    {
        using var repository = new TemporaryFolder();
        File.WriteAllText(repository.Combine("appsettings.json"), $$"""{ "MicrosoftAppType": "SingleTenant", "MicrosoftAppId": "{{TestAppIds.Text}}" }""");

        using var host = PackagerHost.Build(new RepositoryLayout(repository.Path));

        Assert.Equal(TestAppIds.Text, host.Services.GetRequiredService<IOptions<PackagerOptions>>().Value.MicrosoftAppId);
    }

    [Fact]
    public void BrokenAppSettings_FailsWithAnInvalidDataError()
    {
        using var repository = new TemporaryFolder();
        File.WriteAllText(repository.Combine("appsettings.json"), "{ \"MicrosoftAppId\": ");

        Assert.Throws<InvalidDataException>(() => PackagerHost.Build(new RepositoryLayout(repository.Path)));
    }

    [Fact]
    public void Locate_FindsTheRepositoryRootFromAFolderInsideIt()
    {
        using var repository = new TemporaryFolder();
        File.WriteAllText(repository.Combine("ChatBot.sln"), string.Empty);
        Directory.CreateDirectory(repository.Combine("bot-manifest"));
        var inside = Directory.CreateDirectory(repository.Combine("src", "ChatBot.Manifest")).FullName;

        var layout = RepositoryLayout.Locate(inside);

        Assert.Equal(repository.Combine("bot-manifest"), layout.ManifestDirectory);
        Assert.Equal(repository.Combine("appsettings.json"), layout.AppSettingsPath);
    }
}
