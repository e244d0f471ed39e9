using System.CommandLine;
using System.Diagnostics;
using ChatBot.Model;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;
using ChatBot.Model.Runtime;
using ChatBot.Model.Text;
using static ChatBot.Bench.Measurement;
using static TorchSharp.torch;

namespace ChatBot.Bench;

/// <summary>
/// Latency of one greedy turn (a 60-character message) through <see cref="ChatModel.Respond"/>, against a bare
/// TorchSharp loop of the same shapes: nn.LSTM over the message, then one LSTMCell step per layer and a projection
/// and argmax per generated character, as many characters as the model generated. Alternating, medians.
/// </summary>
internal static class DecodingBenchmark
{
    public const string Message = "Hello! My name is Ana. Can you tell me what an LSTM gate is?";

    public static Command Command()
    {
        var model = new Option<string>("--model") { Description = "Model file.", DefaultValueFactory = _ => "models/default.chatbot" };
        var turns = new Option<int>("--turns") { Description = "Measured turns per variant.", DefaultValueFactory = _ => 60 };
        var threads = new Option<int>("--threads") { Description = "Torch threads (the bot's default is 1).", DefaultValueFactory = _ => 1 };
        var command = new Command("decoding", "Greedy turn latency for a 60-character message vs a bare LSTMCell decode loop.") { model, turns, threads };
        command.SetAction(parse => Run(parse.GetValue(model)!, parse.GetValue(turns), parse.GetValue(threads)));
        return command;
    }

    private static int Run(string modelPath, int turns, int threads)
    {
        TorchRuntime.Configure(threads);
        using var model = ChatModel.Load(modelPath);
        var hyper = model.Metadata.Hyper;
        Console.WriteLine($"Machine: {Machine()}");
        Console.WriteLine($"Model: {modelPath} (embedding {hyper.EmbeddingSize}, hidden {hyper.HiddenSize}, layers {hyper.Layers}, vocabulary {model.Vocabulary.Size})");
        Console.WriteLine($"Message ({Message.Length} chars): \"{Message}\"");

        var reply = model.Respond(null, Message, DecodingOptions.Greedy);
        var generated = model.Vocabulary.Encode(reply.Text).Length + 1;  // + the step that predicts <eos>
        Console.WriteLine($"Greedy reply ({reply.Text.Length} chars): \"{reply.Text}\"");

        var ours = new List<double>();
        var bare = new List<double>();
        using var bareLoop = new BareDecodeLoop(model);
        for (var i = -5; i < turns; i++)
        {
            var clock = Stopwatch.StartNew();
            model.Respond(null, Message, DecodingOptions.Greedy);
            var oursMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            bareLoop.Run(Message, generated);
            var bareMs = clock.Elapsed.TotalMilliseconds;
            if (i >= 0)
            {
                ours.Add(oursMs);
                bare.Add(bareMs);
            }
        }
        Console.WriteLine($"Respond (greedy): p50 {F(Median(ours), 2)} ms, p95 {F(Percentile(ours, 95), 2)} ms per turn; {F(Median(ours) / generated, 3)} ms per generated character");
        Console.WriteLine($"Bare LSTMCell loop, same shapes and {generated} steps: p50 {F(Median(bare), 2)} ms; {F(Median(bare) / generated, 3)} ms per character");
        Console.WriteLine($"Ratio Respond / bare: {F(Median(ours) / Median(bare), 3)}");
        return 0;
    }

    /// <summary>The minimum a turn needs: encoder call, then embedding, cells, projection and argmax per step.</summary>
    private sealed class BareDecodeLoop(ChatModel model) : IDisposable
    {
        private readonly TorchSharp.Modules.LSTMCell[] cells = model.Network.CreateDecoderCells();

        public void Run(string message, int steps)
        {
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            var ids = model.Vocabulary.Encode(message).Select(id => (long)id).ToArray();
            var (h, c) = model.Network.Encode(tensor(ids, int64).unsqueeze(0), [ids.Length], model.Network.ZeroState(1));
            var hs = Enumerable.Range(0, cells.Length).Select(l => h[l]).ToArray();
            var cs = Enumerable.Range(0, cells.Length).Select(l => c[l]).ToArray();
            var token = tensor(new long[] { Vocabulary.BeginOfReply }, int64);
            for (var step = 0; step < steps; step++)
            {
                var x = model.Network.Embed(token);
                for (var layer = 0; layer < cells.Length; layer++)
                {
                    (hs[layer], cs[layer]) = cells[layer].forward(x, (hs[layer], cs[layer]));
                    x = hs[layer];
                }
                token = model.Network.Project(x).argmax(1);
                _ = token.item<long>();
            }
        }

        public void Dispose()
        {
            foreach (var cell in cells)
            {
                cell.Dispose();
            }
        }
    }
}
