using ChatBot.Trainer.Hosting;
using ChatBot.Trainer.Runners;
using ChatBot.Training.Corpora.Importers;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Trainer.Cli;

/// <summary>Runs one command's work inside a generic host built for it: settings bound and validated, services injected.</summary>
public static class CommandHost
{
    public static async Task<int> RunAsync<TRunner>(
        CliContext context,
        string? settingsFile,
        TrainerOptionsOverrides overrides,
        Func<TRunner, Task<int>> run,
        bool validateSettings = true)
        where TRunner : notnull
    {
        using var host = TrainerHost.Build(context.Environment, settingsFile, overrides, services =>
        {
            services.AddSingleton(context.Streams);
            services.AddSingleton(CorpusImporters.Default);
            services.AddTransient<CorpusLoader>();
            services.AddTransient<TrainRunner>();
            services.AddTransient<EvalRunner>();
            services.AddTransient<ChatRunner>();
            services.AddTransient<ImportRunner>();
            services.AddTransient<QualityRunner>();
            services.AddTransient<InspectRunner>();
        });
        if (validateSettings)
        {
            TrainerHost.ValidateSettings(host);
        }
        return await run(host.Services.GetRequiredService<TRunner>());
    }
}
