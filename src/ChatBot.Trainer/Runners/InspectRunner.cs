using ChatBot.Model.Decoding;
using ChatBot.Network;
using ChatBot.Trainer.Inspection;
using ChatBot.Trainer.Quality;
using ChatBot.Training.Loop;
using Microsoft.Extensions.Options;

namespace ChatBot.Trainer.Runners;

/// <summary>"inspect": plays a conversation through the model and draws what its gates, cells and attention did.</summary>
public sealed class InspectRunner(RunnerStreams streams, IOptions<TrainerOptions> settings)
{
    /// <param name="prompts">The user turns; when empty, they are read from the input, one per line.</param>
    /// <param name="htmlPath">The page to write; the PNG goes next to it with the extension .png.</param>
    public async Task<int> RunAsync(IReadOnlyList<string> prompts, string htmlPath, CancellationToken cancellationToken)
    {
        if (prompts.Count == 0)
        {
            prompts = await ReadPromptsAsync(cancellationToken);
        }
        if (prompts.Count == 0)
        {
            throw CommandFailedException.Usage("Give the conversation with --prompt (repeat for several turns) or one user turn per line on the input.");
        }
        var options = settings.Value;
        TorchRuntime.Configure(options.Threads);
        using var model = ModelLoader.Load(options.ModelPath);
        var trace = ConversationTracer.Trace(model, prompts, DecodingOptions.Greedy.MaxReplyLength, cancellationToken);
        var portuguese = LanguageDetector.Detect(string.Join(' ', prompts)) == DetectedLanguage.Portuguese;
        var text = portuguese ? FigureText.Portuguese(model.Info.Name) : FigureText.English(model.Info.Name);
        var figure = InspectionFigure.Lay(trace, text);

        var pngPath = Path.ChangeExtension(htmlPath, ".png");
        AtomicFile.WriteAllText(htmlPath, HtmlFigureWriter.Write(figure, text));
        AtomicFile.WriteAllBytes(pngPath, PngFigureWriter.Write(figure));
        foreach (var (turn, prompt) in trace.Turns.Zip(prompts))
        {
            await streams.Output.WriteLineAsync($"you> {prompt}");
            await streams.Output.WriteLineAsync($"bot> {turn.ReplyText}");
        }
        await streams.Output.WriteLineAsync($"Wrote {htmlPath} and {pngPath} ({trace.Turns.Count} turns).");
        return ExitCodes.Success;
    }

    private async Task<IReadOnlyList<string>> ReadPromptsAsync(CancellationToken cancellationToken)
    {
        var prompts = new List<string>();
        while (await streams.Input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Trim() is { Length: > 0 } prompt)
            {
                prompts.Add(prompt);
            }
        }
        return prompts;
    }
}
