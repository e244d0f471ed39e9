using System.CommandLine;
using System.Diagnostics;
using ChatBot.Model;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;
using ChatBot.Network;
using ChatBot.Model.Text;
using TorchSharp.Modules;
using static ChatBot.Bench.Measurement;
using static TorchSharp.torch;

namespace ChatBot.Bench;

/// <summary>
/// Where the milliseconds of one greedy turn go (a 60-character message, fresh conversation), and the turn before
/// and after the batch decoder, against a bare TorchSharp loop of the same shapes: nn.LSTM over the message, then
/// one LSTMCell per layer, projection and argmax per generated character (the token never leaves libtorch). Variants
/// alternate within each round so machine noise hits all alike; medians are reported.
/// </summary>
internal static class DecodingBenchmark
{
    public const string Message = "Hello! My name is Ana. Can you tell me what an LSTM gate is?";

    public static Command Command()
    {
        var model = new Option<string>("--model") { Description = "Model file.", DefaultValueFactory = _ => "models/default.chatbot" };
        var turns = new Option<int>("--turns") { Description = "Measured rounds (each runs every variant once).", DefaultValueFactory = _ => 60 };
        var threads = new Option<int>("--threads") { Description = "Torch threads (the bot's default is 1).", DefaultValueFactory = _ => 1 };
        var command = new Command("decoding", "One greedy turn: profile, before/after the batch decoder, and a bare LSTMCell loop.") { model, turns, threads };
        command.SetAction(parse => Run(parse.GetValue(model)!, parse.GetValue(turns), parse.GetValue(threads)));
        return command;
    }

    private static int Run(string modelPath, int rounds, int threads)
    {
        TorchRuntime.Configure(threads);
        using var model = ChatModel.Load(modelPath);
        using var network = NetworkModels.LoadNetwork(model);
        var hyper = model.Metadata.Hyper;
        Console.WriteLine($"Machine: {Machine()}; load average {LoadAverage()}");
        Console.WriteLine($"Model: {modelPath} (embedding {hyper.EmbeddingSize}, hidden {hyper.HiddenSize}, layers {hyper.Layers}, vocabulary {model.Vocabulary.Size}; fused LSTM kernel {network.UsesFusedLstm})");
        Console.WriteLine($"Message ({Message.Length} chars): \"{Message}\"");

        var reply = model.Respond(null, Message, DecodingOptions.Greedy);
        var steps = model.Vocabulary.Encode(reply.Text).Length + 1;  // + the step that predicts <eos>
        Console.WriteLine($"Greedy reply ({reply.Text.Length} chars, {steps} decoder steps): \"{reply.Text}\"");

        using var legacy = new LegacyTurn(model, network);
        using var bare = new BareTurn(model, network);
        var profile = new Profile(model, network);
        var after = new Timings();
        var before = new Timings();
        var bareTimings = new Timings();
        for (var round = -5; round < rounds; round++)
        {
            var measured = round >= 0;
            after.Add(BatchDecoderTurn(model, steps), measured);
            before.Add(legacy.Run(steps), measured);
            bareTimings.Add(bare.Run(steps), measured);
            profile.Round(measured);
        }

        Console.WriteLine();
        Console.WriteLine($"One turn, median of {rounds} rounds (ms): total = encoder + decoder steps; per character = decoder steps / {steps} (for \"after\", decoder = turn − the same encoder run alone)");
        Console.WriteLine($"| variant | turn ms | p95 ms | encoder ms | decoder ms | ms per character | per character vs bare |");
        Console.WriteLine($"| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var barePerChar = Median(bareTimings.Decode) / steps;
        foreach (var (name, timings) in new[] { ("before: libtorch batch-1 encoder and LSTMCell steps", before), ("after: Respond (batch decoder, managed kernels)", after), ("bare LSTMCell loop, batch 1", bareTimings) })
        {
            var perChar = Median(timings.Decode) / steps;
            Console.WriteLine($"| {name} | {F(Median(timings.Total), 2)} | {F(Percentile(timings.Total, 95), 2)} | {F(Median(timings.Encode), 2)} | {F(Median(timings.Decode), 2)} | {F(perChar, 3)} | {F(perChar / barePerChar, 2)} |");
        }
        Console.WriteLine();
        profile.Print(steps);
        return 0;
    }

    /// <summary>Respond's own path (the batch decoder with one conversation); its encoder part timed on its own (the same managed encoder steps).</summary>
    private static (double Encode, double Decode) BatchDecoderTurn(ChatModel model, int steps)
    {
        var hyper = model.Metadata.Hyper;
        var message = model.Vocabulary.Encode(Message);
        var h = Enumerable.Range(0, hyper.Layers).Select(_ => new float[hyper.HiddenSize]).ToArray();
        var c = Enumerable.Range(0, hyper.Layers).Select(_ => new float[hyper.HiddenSize]).ToArray();
        var clock = Stopwatch.StartNew();
        model.Kernel.Encode([message], 0, h, c, model.Kernel.CreateWorkspace(1));
        var encode = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var reply = model.Respond(null, Message, DecodingOptions.Greedy);
        var total = clock.Elapsed.TotalMilliseconds;
        if (model.Vocabulary.Encode(reply.Text).Length + 1 != steps)
        {
            throw new InvalidOperationException("The reply changed between runs.");
        }
        return (encode, Math.Max(0, total - encode));
    }

    private sealed class Timings
    {
        public List<double> Encode { get; } = [];
        public List<double> Decode { get; } = [];
        public List<double> Total { get; } = [];

        public void Add((double Encode, double Decode) timing, bool measured)
        {
            if (measured)
            {
                Encode.Add(timing.Encode);
                Decode.Add(timing.Decode);
                Total.Add(timing.Encode + timing.Decode);
            }
        }
    }

    /// <summary>What both libtorch turns share: the decoder's LSTMCells and the batch-1 encoder call over the message.</summary>
    private abstract class LibtorchTurn(ChatModel model, EncoderDecoderNetwork network) : IDisposable
    {
        protected ChatModel Model { get; } = model;

        protected EncoderDecoderNetwork Network { get; } = network;

        protected LSTMCell[] Cells { get; } = network.CreateDecoderCells();

        public abstract (double Encode, double Decode) Run(int steps);

        public void Dispose()
        {
            foreach (var cell in Cells)
            {
                cell.Dispose();
            }
        }

        /// <summary>The encoder's state after the message, per layer; read back once so its time is spent here.</summary>
        protected (Tensor[] H, Tensor[] C) EncodeMessage()
        {
            var ids = Model.Vocabulary.Encode(Message).Select(id => (long)id).ToArray();
            var (h, c) = Network.Encode(tensor(ids, int64).unsqueeze(0), [ids.Length], Network.ZeroState(1));
            var hs = Enumerable.Range(0, Cells.Length).Select(layer => h[layer]).ToArray();
            var cs = Enumerable.Range(0, Cells.Length).Select(layer => c[layer]).ToArray();
            _ = hs[^1][0, 0].item<float>();
            return (hs, cs);
        }
    }

    /// <summary>The turn as ChatModel did it before: batch-1 encoder call, batch-1 LSTMCell steps, logits copied out, greedy choice in managed code.</summary>
    private sealed class LegacyTurn(ChatModel model, EncoderDecoderNetwork network) : LibtorchTurn(model, network)
    {
        public override (double Encode, double Decode) Run(int steps)
        {
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            var clock = Stopwatch.StartNew();
            var (h, c) = EncodeMessage();
            var encode = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            long token = Vocabulary.BeginOfReply;
            for (var step = 0; step < steps; step++)
            {
                var x = Network.Embed(tensor(new[] { token }, int64));
                for (var layer = 0; layer < Cells.Length; layer++)
                {
                    (h[layer], c[layer]) = Cells[layer].forward(x, (h[layer], c[layer]));
                    x = h[layer];
                }
                token = TokenSampler.Greedy(Network.Project(x).data<float>().ToArray());
            }
            _ = new ConversationState("legacy", Model.Metadata.Hyper.Layers, Model.Metadata.Hyper.HiddenSize,
                stack(h).contiguous().data<float>().ToArray(), stack(c).contiguous().data<float>().ToArray());
            return (encode, clock.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>The least a turn needs: encoder call, then embedding, cells, projection and argmax per step, all in libtorch.</summary>
    private sealed class BareTurn(ChatModel model, EncoderDecoderNetwork network) : LibtorchTurn(model, network)
    {
        public override (double Encode, double Decode) Run(int steps)
        {
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            var clock = Stopwatch.StartNew();
            var (h, c) = EncodeMessage();
            var encode = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var token = tensor(new long[] { Vocabulary.BeginOfReply }, int64);
            for (var step = 0; step < steps; step++)
            {
                var x = Network.Embed(token);
                for (var layer = 0; layer < Cells.Length; layer++)
                {
                    (h[layer], c[layer]) = Cells[layer].forward(x, (h[layer], c[layer]));
                    x = h[layer];
                }
                token = Network.Project(x).argmax(1);
                _ = token.item<long>();
            }
            return (encode, clock.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Each part of a turn timed on its own: the encoder, libtorch's step parts (what the bare loop and the old path run), the managed kernel.</summary>
    private sealed class Profile(ChatModel model, EncoderDecoderNetwork network)
    {
        private const int Repeats = 50;
        private readonly LSTMCell[] _cells = network.CreateDecoderCells();
        private readonly Dictionary<string, List<double>> _parts = [];
        private readonly List<string> _order = [];

        public void Round(bool measured)
        {
            var hyper = model.Metadata.Hyper;
            var ids = model.Vocabulary.Encode(Message).Select(id => (long)id).ToArray();
            Time("encoder, libtorch nn.LSTM over the message, batch 1 (ms)", measured, 1, () =>
                network.Encode(tensor(ids, int64).unsqueeze(0), [ids.Length], network.ZeroState(1)));
            var encoderWorkspace = model.Kernel.CreateWorkspace(1);
            var message = model.Vocabulary.Encode(Message);
            Time("encoder, managed kernel over the message, 1 row (ms)", measured, 1, () =>
            {
                var hs = Enumerable.Range(0, hyper.Layers).Select(_ => new float[hyper.HiddenSize]).ToArray();
                var cs = Enumerable.Range(0, hyper.Layers).Select(_ => new float[hyper.HiddenSize]).ToArray();
                model.Kernel.Encode([message], 0, hs, cs, encoderWorkspace);
            });
            using (var scope = NewDisposeScope())
            {
                var x = network.Embed(tensor(new long[1], int64));
                var h = zeros(1, hyper.HiddenSize);
                var c = zeros(1, hyper.HiddenSize);
                var logits = network.Project(h);
                Time("libtorch step part: token tensor + embedding (µs)", measured, Repeats, () => network.Embed(tensor(new long[1], int64)));
                for (var layer = 0; layer < _cells.Length; layer++)
                {
                    var input = layer == 0 ? x : h;
                    var cell = _cells[layer];
                    Time($"libtorch step part: LSTMCell layer {layer + 1} (µs)", measured, Repeats, () => cell.forward(input, (h, c)));
                }
                Time("libtorch step part: projection (µs)", measured, Repeats, () => network.Project(h));
                Time("libtorch step part: argmax + item (µs)", measured, Repeats, () => logits.argmax(1).item<long>());
                Time("libtorch step part: logits to managed + greedy choice (µs)", measured, Repeats, () => TokenSampler.Greedy(logits.data<float>().ToArray()));
            }
            var kernel = model.Kernel;
            var workspace = kernel.CreateWorkspace(1);
            var hs = Enumerable.Range(0, hyper.Layers).Select(_ => new float[hyper.HiddenSize]).ToArray();
            var cs = Enumerable.Range(0, hyper.Layers).Select(_ => new float[hyper.HiddenSize]).ToArray();
            var kernelLogits = new float[kernel.LogitStride];
            int[] token = [Vocabulary.BeginOfReply];
            Time("managed kernel: one whole decoder step, 1 row (µs)", measured, Repeats, () => kernel.Step(token, 1, hs, cs, kernelLogits, workspace));
            Time("managed kernel: greedy choice (µs)", measured, Repeats, () => TokenSampler.Greedy(kernelLogits.AsSpan(0, kernel.VocabularySize)));
            var state = model.Respond(null, "hi", DecodingOptions.Greedy with { MaxReplyLength = 1 }).State;
            var bytes = state.ToBytes();
            Time("state: ConversationState.ToBytes (µs)", measured, Repeats, () => state.ToBytes());
            Time("state: ConversationState.FromBytes (µs)", measured, Repeats, () => ConversationState.FromBytes(bytes, model.Fingerprint));
        }

        public void Print(int steps)
        {
            Console.WriteLine("Profile: each part alone, medians (a decoder step is the sum of its parts; a turn has one encoder call and " + steps + " steps):");
            foreach (var name in _order)
            {
                Console.WriteLine($"  {name,-75} {F(Median(_parts[name]), name.EndsWith("(ms)", StringComparison.Ordinal) ? 3 : 1)}");
            }
        }

        private void Time(string name, bool measured, int repeats, Action action)
        {
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            action();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < repeats; i++)
            {
                using var inner = NewDisposeScope();
                action();
            }
            var each = clock.Elapsed.TotalMilliseconds / repeats;
            if (!measured)
            {
                return;
            }
            if (!_parts.TryGetValue(name, out var list))
            {
                _parts[name] = list = [];
                _order.Add(name);
            }
            list.Add(name.EndsWith("(ms)", StringComparison.Ordinal) ? each : each * 1000);
        }
    }
}
