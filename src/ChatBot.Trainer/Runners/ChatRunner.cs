using System.Globalization;
using ChatBot.Model;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;
using ChatBot.Network;
using ChatBot.Training.Loop;
using Microsoft.Extensions.Options;

namespace ChatBot.Trainer.Runners;

/// <summary>
/// "chat" and "sample": talks to a model turn by turn, carrying the conversation state exactly as the bot does.
/// </summary>
public sealed class ChatRunner(RunnerStreams streams, IOptions<TrainerOptions> settings)
{
    public const string ResetCommand = "/reset";
    public const string QuitCommand = "/quit";

    /// <summary>Reads user turns from the input until /quit or end of input; works with piped input.</summary>
    public async Task<int> ChatAsync(DecodingOptions decoding, CancellationToken cancellationToken)
    {
        using var model = LoadModel();
        var output = streams.Output;
        var prompt = streams.IsInteractive;
        await output.WriteLineAsync($"Chatting with {Describe(model)}. {ResetCommand} forgets the conversation, {QuitCommand} (or end of input) exits.");

        ConversationState? state = null;
        while (true)
        {
            if (prompt)
            {
                await output.WriteAsync("you> ");
                await output.FlushAsync(cancellationToken);
            }
            // A console read does not observe the token once blocked; stop waiting for it on Ctrl+C instead.
            var line = await streams.Input.ReadLineAsync(CancellationToken.None).AsTask().WaitAsync(cancellationToken);
            if (line is null)
            {
                break;
            }
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (text.Equals(QuitCommand, StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            if (text.Equals(ResetCommand, StringComparison.OrdinalIgnoreCase))
            {
                state = null;
                await output.WriteLineAsync("(conversation reset: the next turn starts afresh)");
                continue;
            }
            var reply = model.Respond(state, text, decoding, cancellationToken);
            state = reply.State;
            await output.WriteLineAsync($"bot> {reply.Text}");
        }
        return ExitCodes.Success;
    }

    /// <summary>One conversation: each prompt is a user turn; prints every turn and reply.</summary>
    public async Task<int> SampleAsync(IReadOnlyList<string> prompts, DecodingOptions decoding, CancellationToken cancellationToken)
    {
        using var model = LoadModel();
        var output = streams.Output;
        await output.WriteLineAsync($"# {Describe(model)}");
        ConversationState? state = null;
        foreach (var prompt in prompts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reply = model.Respond(state, prompt, decoding, cancellationToken);
            state = reply.State;
            await output.WriteLineAsync($"you> {prompt}");
            await output.WriteLineAsync($"bot> {reply.Text}");
        }
        return ExitCodes.Success;
    }

    private ChatModel LoadModel()
    {
        var options = settings.Value;
        TorchRuntime.Configure(options.Threads);
        return ModelLoader.Load(options.ModelPath);
    }

    private static string Describe(ChatModel model)
    {
        var info = model.Info;
        var quality = info.HeldOutBitsPerChar is { } bpc ? string.Create(CultureInfo.InvariantCulture, $", held-out {bpc:F3} bpc") : "";
        return $"{info.Name} ({info.TrainingSteps} training steps{quality})";
    }
}
