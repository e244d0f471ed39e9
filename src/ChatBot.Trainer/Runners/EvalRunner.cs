using System.Globalization;
using ChatBot.Network;
using ChatBot.Training.Evaluation;
using ChatBot.Training.Loop;
using Microsoft.Extensions.Options;

namespace ChatBot.Trainer.Runners;

/// <summary>"eval": bits per character of the model's replies on a corpus, with and without the carried state.</summary>
public sealed class EvalRunner(RunnerStreams streams, IOptions<TrainerOptions> settings, CorpusLoader corpusLoader)
{
    public int Run(bool skipInvalid)
    {
        var options = settings.Value;
        var dialogues = corpusLoader.Load(options.Corpus, skipInvalid);
        TorchRuntime.Configure(options.Threads);
        using var model = ModelLoader.Load(options.ModelPath);
        var report = DialogueEvaluator.Evaluate(model, dialogues, options.MaxTurnLength, options.BatchSize);

        var output = streams.Output;
        output.WriteLine($"model:   {options.ModelPath} ({model.Info.Name}, {model.Info.TrainingSteps} steps)");
        output.WriteLine($"corpus:  {dialogues.Count} dialogues from {string.Join(", ", options.Corpus)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bpc:                {report.BitsPerChar:F4}  (bits per character of the replies, state carried through each dialogue)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bpc with reset:     {report.BitsPerCharReset:F4}  (state reset before every exchange)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"context gain:       {report.ContextGain:+0.0000;-0.0000;0.0000}  (reset minus carried; positive means the memory helps)"));
        return ExitCodes.Success;
    }
}
