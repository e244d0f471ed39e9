using ChatBot.Bot.Configuration;
using ChatBot.Bot.Models;
using ChatBot.Bot.Tests.Fakes;
using ChatBot.Bot.Tests.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Tests;

public sealed class ModelHostTests : IDisposable
{
    private readonly TestDirectory _directory = new();
    private readonly TestModelLoader _loader = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Before_the_first_load_there_is_no_model_to_lease()
    {
        using var host = CreateHost();

        Assert.Throws<ModelUnavailableException>(() => host.Acquire());
        Assert.Null(host.CurrentInfo);
    }

    [Fact]
    public void A_swapped_out_model_lives_until_its_last_lease_is_returned()
    {
        using var host = CreateHost();
        WriteModel("alpha");
        host.LoadFromFile(CancellationToken.None);
        var lease = host.Acquire();
        var shared = lease.Share();

        WriteModel("beta");
        Assert.True(host.LoadFromFile(CancellationToken.None).Loaded);
        var alpha = _loader.Loaded[0];
        Assert.Equal("beta", host.CurrentInfo?.Name);
        lease.Dispose();
        var aliveWithOneLease = !alpha.IsDisposed;
        shared.Dispose();

        Assert.True(aliveWithOneLease);
        Assert.True(alpha.IsDisposed);
        Assert.False(_loader.Loaded[1].IsDisposed);
    }

    [Fact]
    public void A_lease_taken_after_a_swap_gets_the_new_model()
    {
        using var host = CreateHost();
        WriteModel("alpha");
        host.LoadFromFile(CancellationToken.None);
        WriteModel("beta");
        host.LoadFromFile(CancellationToken.None);

        using var lease = host.Acquire();

        Assert.Equal("beta", lease.Model.Info.Name);
    }

    [Fact]
    public void A_file_that_fails_to_load_is_rejected_with_its_reason_and_the_current_model_stays()
    {
        using var host = CreateHost();
        WriteModel("alpha");
        host.LoadFromFile(CancellationToken.None);
        File.WriteAllText(BotTestHost.ModelPath(_directory), "garbage");

        var result = host.LoadFromFile(CancellationToken.None);

        Assert.False(result.Loaded);
        Assert.Contains("not a test model file", result.Problem);
        Assert.Equal("alpha", host.CurrentInfo?.Name);
        Assert.False(_loader.Loaded[0].IsDisposed);
    }

    [Fact]
    public void Disposing_the_host_disposes_the_model_once_no_lease_is_open()
    {
        var host = CreateHost();
        WriteModel("alpha");
        host.LoadFromFile(CancellationToken.None);
        var lease = host.Acquire();

        host.Dispose();
        var disposedWhileLeased = _loader.Loaded[0].IsDisposed;
        lease.Dispose();

        Assert.False(disposedWhileLeased);
        Assert.True(_loader.Loaded[0].IsDisposed);
    }

    private void WriteModel(string name) => TestModelLoader.WriteModelFile(BotTestHost.ModelPath(_directory), name, name + "-fp");

    private ModelHost CreateHost() => new(_loader,
        Options.Create(new ModelOptions { Path = "model.chatbot" }),
        new Environment(_directory.Path),
        NullLogger<ModelHost>.Instance);

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "ChatBot.Bot.Tests";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
