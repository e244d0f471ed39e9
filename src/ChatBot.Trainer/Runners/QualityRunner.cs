using System.Diagnostics;
using System.Globalization;
using ChatBot.Network;
using ChatBot.Trainer.Quality;
using ChatBot.Training.Loop;
using Microsoft.Extensions.Options;

namespace ChatBot.Trainer.Runners;

/// <summary>"quality": runs <see cref="QualityBenchmark"/> on a model, prints its tables and writes quality.json and report.md.</summary>
public sealed class QualityRunner(RunnerStreams streams, IOptions<TrainerOptions> settings, CorpusLoader corpusLoader)
{
    public const string JsonFile = "quality.json";
    public const string ReportFile = "report.md";

    public Task<int> RunAsync(QualityRequest request, CancellationToken cancellationToken)
    {
        var options = settings.Value;
        var outDirectory = request.OutDirectory ?? options.ModelPath + ".quality";
        var dialogues = corpusLoader.Load(options.Corpus, skipInvalid: false);
        var chitChat = ChitChatSet.Load(request.ChitChatPaths ?? []);
        TorchRuntime.Configure(options.Threads);
        using var model = ModelLoader.Load(options.ModelPath);
        var qualitySettings = new QualitySettings
        {
            Decodings = request.Decodings,
            Seed = request.Seed,
            ProbesPerKind = request.ProbesPerKind,
            BeamProbesPerKind = request.BeamProbesPerKind,
            BeamDialogues = request.BeamDialogues,
            TurnMemoryOnly = request.TurnMemoryOnly,
            HeldOutValuesFile = request.ValuesFile,
            MaxTurnLength = options.MaxTurnLength,
            DefaultValidationFraction = options.ValidationFraction,
            DefaultSplitSeed = options.Seed,
        };

        var clock = Stopwatch.StartNew();
        QualityResult result;
        try
        {
            result = QualityBenchmark.Run(model, dialogues, string.Join(", ", options.Corpus), chitChat, qualitySettings,
                line => streams.Error.WriteLine($"quality: {line}"), cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            throw CommandFailedException.DataError(exception.Message, exception);
        }
        result.About.Insert(0, new("model", $"{options.ModelPath} ({model.Info.Name}, {model.Info.TrainingSteps} training steps, hidden {model.Metadata.Hyper.HiddenSize}, {model.Metadata.Hyper.Layers} layers)"));
        result.About.Add(new("decodings", "greedy; sample = temperature 0.7, top-p 0.9, seeded per turn from --seed; beam = width 4"));
        if (request.TurnMemoryOnly)
        {
            result.About.Add(new("ablation", "--turn-memory-only: every played turn started with an empty attention memory ((h, c) carried); the bits per character are not affected"));
        }
        result.About.Add(new("run", string.Create(CultureInfo.InvariantCulture, $"seed {request.Seed}, {clock.Elapsed.TotalSeconds:F0} s")));

        var tables = QualityTables.Build(result, request.Decodings);
        Directory.CreateDirectory(outDirectory);
        AtomicFile.WriteAllBytes(Path.Combine(outDirectory, JsonFile), QualityJsonWriter.Serialize(result));
        AtomicFile.WriteAllText(Path.Combine(outDirectory, ReportFile), QualityMarkdownWriter.Write(result, tables, $"Quality of {Path.GetFileName(options.ModelPath)}"));

        var output = streams.Output;
        foreach (var warning in result.Warnings)
        {
            streams.Error.WriteLine($"warning: {warning}");
        }
        foreach (var table in tables.Take(3))
        {
            output.WriteLine(table.ToMarkdown());
        }
        output.WriteLine($"Wrote {Path.Combine(outDirectory, JsonFile)} and {Path.Combine(outDirectory, ReportFile)} (per-kind tables and sample exchanges).");
        return Task.FromResult(ExitCodes.Success);
    }
}
