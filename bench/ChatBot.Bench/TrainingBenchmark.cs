using System.CommandLine;
using System.Diagnostics;
using ChatBot.Model.Network;
using ChatBot.Network;
using ChatBot.Model.Text;
using ChatBot.Training.Corpora;
using ChatBot.Training.Loop;
using TorchSharp.Modules;
using static ChatBot.Bench.Measurement;
using static TorchSharp.torch;

namespace ChatBot.Bench;

/// <summary>
/// The trainer's step (exact per-row lengths, state carried, truncated BPTT) against a bare TorchSharp loop over
/// the same batches: the same embedding, encoder, decoder and projection as dense padded nn.LSTM calls, padding
/// and all. Blocks of steps alternate between the two so machine noise hits both alike; medians are reported.
/// </summary>
internal static class TrainingBenchmark
{
    public static Command Command()
    {
        var corpus = new Option<string>("--corpus") { Description = "Corpus file or folder.", DefaultValueFactory = _ => "corpora" };
        var hidden = new Option<int>("--hidden") { Description = "LSTM hidden size.", DefaultValueFactory = _ => 256 };
        var embedding = new Option<int>("--embedding") { Description = "Embedding size.", DefaultValueFactory = _ => 64 };
        var layers = new Option<int>("--layers") { Description = "LSTM layers.", DefaultValueFactory = _ => 2 };
        var batch = new Option<int>("--batch") { Description = "Rows per batch.", DefaultValueFactory = _ => 32 };
        var bptt = new Option<int>("--bptt") { Description = "Exchanges per truncated-BPTT window.", DefaultValueFactory = _ => 3 };
        var blocks = new Option<int>("--blocks") { Description = "Measured blocks per variant (alternating).", DefaultValueFactory = _ => 6 };
        var steps = new Option<int>("--steps") { Description = "Steps per block.", DefaultValueFactory = _ => 5 };
        var threads = new Option<int>("--threads") { Description = "Torch threads; 0 = all cores.", DefaultValueFactory = _ => 0 };
        var perBlock = new Option<bool>("--per-block") { Description = "Print every block's chars/s, to see which batches cost what." };
        var only = new Option<string>("--only") { Description = "Run only one variant (trainer or bare), e.g. under a profiler.", DefaultValueFactory = _ => "both" };
        only.AcceptOnlyFromAmong("both", "trainer", "bare");
        var command = new Command("training", "Trainer chars/s vs a bare TorchSharp loop over the same batches, FLOPs and GFLOP/s.")
        {
            corpus, hidden, embedding, layers, batch, bptt, blocks, steps, threads, only, perBlock,
        };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(embedding), parse.GetValue(hidden), parse.GetValue(layers),
            parse.GetValue(batch), parse.GetValue(bptt), parse.GetValue(blocks), parse.GetValue(steps), parse.GetValue(threads), parse.GetValue(only)!, parse.GetValue(perBlock)));
        return command;
    }

    private static int Run(string corpusPath, int embedding, int hidden, int layers, int batchSize, int bptt, int blocks, int stepsPerBlock, int threads, string only, bool perBlock)
    {
        TorchRuntime.Configure(threads);
        var dialogues = DialogueCorpusReader.ReadPaths([corpusPath], skipInvalid: false).Dialogues;
        var vocabulary = Vocabulary.Build(dialogues.SelectMany(d => d.Turns), 3);
        var encoded = dialogues.Select(d => EncodedDialogue.From(d, vocabulary, 200)).ToList();
        var hyper = new ModelHyperParameters(embedding, hidden, layers, 0.1);

        manual_seed(1);
        using var network = new EncoderDecoderNetwork(vocabulary, hyper);
        network.train();
        using var trainerOptimizer = optim.Adam(network.parameters(), 1e-3);
        manual_seed(1);
        using var bare = new BareModel(vocabulary.Size, hyper);
        bare.train();
        using var bareOptimizer = optim.Adam(bare.parameters(), 1e-3);

        Console.WriteLine($"Machine: {Machine()}");
        Console.WriteLine($"Shapes: vocabulary {vocabulary.Size}, embedding {embedding}, hidden {hidden}, layers {layers}, batch {batchSize}, BPTT {bptt} exchanges; fused LSTM kernel used: {network.UsesFusedLstm}");

        var trainerStream = new ExchangeStream(encoded, batchSize, seed: 5, shuffleForever: true);
        var bareStream = new ExchangeStream(encoded, batchSize, seed: 5, shuffleForever: true);
        // The benchmark's network has no attention: its state is (h, c).
        var (trainerH, trainerC) = network.ZeroState(batchSize);
        var (bareH, bareC) = network.ZeroState(batchSize);
        var trainerState = (H: trainerH, C: trainerC);
        var bareState = (H: bareH, C: bareC);
        trainerState.H.DetachFromDisposeScope();
        trainerState.C.DetachFromDisposeScope();
        bareState.H.DetachFromDisposeScope();
        bareState.C.DetachFromDisposeScope();

        var trainerRates = new List<double>();
        var bareRates = new List<double>();
        var trainerCpuRates = new List<double>();
        var bareCpuRates = new List<double>();
        var trainerFlops = new List<double>();
        var bareFlops = new List<double>();
        for (var block = -1; block < blocks; block++)
        {
            // Block -1 warms both up (oneDNN primitive caches, allocator) and is not counted.
            if (only != "bare")
            {
                var (chars, flops, seconds, cpu) = Block(stepsPerBlock, () => TrainerStep(network, trainerOptimizer, trainerStream, bptt, ref trainerState, hyper, vocabulary.Size));
                if (block >= 0) { trainerRates.Add(chars / seconds); trainerFlops.Add(flops / seconds); trainerCpuRates.Add(chars / cpu); }
                if (perBlock) { Console.WriteLine($"  block {block}: trainer {chars} chars in {F(seconds, 3)} s ({F(cpu, 3)} CPU s) = {F(chars / seconds, 0)} chars/s"); }
            }
            if (only != "trainer")
            {
                var (chars, flops, seconds, cpu) = Block(stepsPerBlock, () => BareStep(bare, bareOptimizer, bareStream, bptt, ref bareState, hyper, vocabulary.Size));
                if (block >= 0) { bareRates.Add(chars / seconds); bareFlops.Add(flops / seconds); bareCpuRates.Add(chars / cpu); }
                if (perBlock) { Console.WriteLine($"  block {block}: bare    {chars} chars in {F(seconds, 3)} s ({F(cpu, 3)} CPU s) = {F(chars / seconds, 0)} chars/s"); }
            }
        }

        var sgemm = SgemmGflops();
        if (trainerRates.Count > 0)
        {
            Console.WriteLine($"Trainer:   {F(Median(trainerRates), 0)} chars/s (median of {blocks} blocks of {stepsPerBlock} steps), {F(Median(trainerFlops) / 1e9)} GFLOP/s useful");
        }
        if (bareRates.Count > 0)
        {
            Console.WriteLine($"Bare loop: {F(Median(bareRates), 0)} chars/s (same batches as dense padded nn.LSTM calls), {F(Median(bareFlops) / 1e9)} GFLOP/s incl. padding");
        }
        if (trainerRates.Count > 0 && bareRates.Count > 0)
        {
            Console.WriteLine($"Ratio trainer / bare: {F(Median(trainerRates) / Median(bareRates), 3)}");
            // On a shared machine other processes steal wall time unevenly; per CPU-second both variants are charged only for their own work.
            Console.WriteLine($"Per CPU-second of this process: trainer {F(Median(trainerCpuRates), 0)}, bare {F(Median(bareCpuRates), 0)} chars, ratio {F(Median(trainerCpuRates) / Median(bareCpuRates), 3)}");
        }
        Console.WriteLine($"Model FLOPs per character (training, ≈3× forward): encoder side {F(3 * ForwardFlopsPerChar(hyper, vocabulary.Size, decoder: false) / 1e6, 2)} MFLOP, decoder side {F(3 * ForwardFlopsPerChar(hyper, vocabulary.Size, decoder: true) / 1e6, 2)} MFLOP");
        Console.WriteLine($"Machine sgemm (torch.mm 2048×2048 fp32): {F(sgemm)} GFLOP/s");
        trainerState.H.Dispose(); trainerState.C.Dispose(); bareState.H.Dispose(); bareState.C.Dispose();
        return 0;
    }

    private delegate (long Chars, double Flops) Step();

    private static (long Chars, double Flops, double Seconds, double CpuSeconds) Block(int steps, Step step)
    {
        long chars = 0;
        double flops = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < steps; i++)
        {
            var (c, f) = step();
            chars += c;
            flops += f;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return (chars, flops, seconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static (long, double) TrainerStep(EncoderDecoderNetwork network, optim.Optimizer optimizer, ExchangeStream stream, int bptt,
        ref (Tensor H, Tensor C) state, ModelHyperParameters hyper, int vocabulary)
    {
        using var scope = NewDisposeScope();
        var position = stream.Position;
        var (loss, characters, after) = TruncatedBptt.RunWindow(network, stream, bptt, state);
        optimizer.zero_grad();
        loss.backward();
        nn.utils.clip_grad_norm_(network.parameters(), 1.0);
        optimizer.step();
        var (h, c) = TruncatedBptt.Carry(after);
        state.H.Dispose();
        state.C.Dispose();
        state = (h.DetachFromDisposeScope(), c.DetachFromDisposeScope());
        return (characters, 3 * UsefulForwardFlops(stream, position, bptt, hyper, vocabulary));
    }

    private static (long, double) BareStep(BareModel model, optim.Optimizer optimizer, ExchangeStream stream, int bptt,
        ref (Tensor H, Tensor C) state, ModelHyperParameters hyper, int vocabulary)
    {
        using var scope = NewDisposeScope();
        long characters = 0;
        double flops = 0;
        var (h, c) = state;
        Tensor? total = null;
        long predicted = 0;
        for (var k = 0; k < bptt; k++)
        {
            var batch = stream.Next()!;
            characters += batch.Characters;
            var user = Padded(batch.User, null, null);
            var input = Padded(batch.Bot, Vocabulary.BeginOfReply, null);
            var target = Padded(batch.Bot, null, Vocabulary.EndOfReply);
            Tensor lossSum;
            (lossSum, h, c) = model.Exchange(user, input, target, h, c);
            total = total is null ? lossSum : total + lossSum;
            predicted += batch.Bot.Sum(b => b.Length + 1);
            flops += batch.Count * (user.shape[1] * ForwardFlopsPerChar(hyper, vocabulary, false) + input.shape[1] * ForwardFlopsPerChar(hyper, vocabulary, true));
        }
        var loss = total! / predicted;
        optimizer.zero_grad();
        loss.backward();
        nn.utils.clip_grad_norm_(model.parameters(), 1.0);
        optimizer.step();
        state.H.Dispose();
        state.C.Dispose();
        state = (h.detach().DetachFromDisposeScope(), c.detach().DetachFromDisposeScope());
        return (characters, 3 * flops);
    }

    private static double UsefulForwardFlops(ExchangeStream stream, StreamPosition before, int bptt, ModelHyperParameters hyper, int vocabulary)
    {
        // Replays the window's batches on a copy of the stream to count exactly the characters the trainer computed.
        var replay = stream.Position;
        stream.Position = before;
        double flops = 0;
        for (var k = 0; k < bptt; k++)
        {
            var batch = stream.Next()!;
            flops += batch.User.Sum(u => (double)u.Length) * ForwardFlopsPerChar(hyper, vocabulary, false)
                + batch.Bot.Sum(b => (double)b.Length + 1) * ForwardFlopsPerChar(hyper, vocabulary, true);
        }
        stream.Position = replay;
        return flops;
    }

    /// <summary>Multiply-adds ×2 of the LSTM layers (4 gates × hidden × (input + hidden)) plus, for the decoder, the projection.</summary>
    public static double ForwardFlopsPerChar(ModelHyperParameters hyper, int vocabulary, bool decoder)
    {
        double flops = 0;
        for (var layer = 0; layer < hyper.Layers; layer++)
        {
            var input = layer == 0 ? hyper.EmbeddingSize : hyper.HiddenSize;
            flops += 2.0 * 4 * hyper.HiddenSize * (input + hyper.HiddenSize);
        }
        return decoder ? flops + 2.0 * hyper.HiddenSize * vocabulary : flops;
    }

    private static Tensor Padded(int[][] rows, int? prefix, int? suffix)
    {
        var extra = (prefix.HasValue ? 1 : 0) + (suffix.HasValue ? 1 : 0);
        var width = rows.Max(r => r.Length) + extra;
        var data = new long[rows.Length * width];
        for (var row = 0; row < rows.Length; row++)
        {
            var at = row * width;
            if (prefix is { } p) data[at++] = p;
            foreach (var id in rows[row]) data[at++] = id;
            if (suffix is { } s) data[at] = s;
        }
        return tensor(data, [rows.Length, width]);
    }

    private static double SgemmGflops()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var a = randn(2048, 2048);
        var b = randn(2048, 2048);
        mm(a, b);
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            mm(a, b);
            times.Add(clock.Elapsed.TotalSeconds);
        }
        return 2.0 * 2048 * 2048 * 2048 / Median(times) / 1e9;
    }

    /// <summary>The same layers as the network, run the plain way: dense padded nn.LSTM calls, padding included.</summary>
    private sealed class BareModel : nn.Module
    {
        // TorchSharp's RegisterComponents names parameters and buffers after these fields, and the names are the
        // keys of saved models (and of named_parameters()), so they keep their plain camelCase names.
#pragma warning disable IDE1006
        private readonly Embedding embedding;
        private readonly LSTM encoder;
        private readonly LSTM decoder;
        private readonly Dropout dropout;
        private readonly Linear projection;
#pragma warning restore IDE1006

        public BareModel(int vocabulary, ModelHyperParameters hyper) : base("Bare")
        {
            embedding = nn.Embedding(vocabulary, hyper.EmbeddingSize);
            encoder = nn.LSTM(hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers, batchFirst: true, dropout: hyper.Dropout);
            decoder = nn.LSTM(hyper.EmbeddingSize, hyper.HiddenSize, hyper.Layers, batchFirst: true, dropout: hyper.Dropout);
            dropout = nn.Dropout(hyper.Dropout);
            projection = nn.Linear(hyper.HiddenSize, vocabulary);
            RegisterComponents();
        }

        public (Tensor LossSum, Tensor H, Tensor C) Exchange(Tensor user, Tensor input, Tensor target, Tensor h, Tensor c)
        {
            var (_, he, ce) = encoder.forward(embedding.forward(user), (h, c));
            var (output, hd, cd) = decoder.forward(embedding.forward(input), (he, ce));
            var logits = projection.forward(dropout.forward(output));
            var loss = nn.functional.cross_entropy(logits.reshape(-1, logits.shape[2]), target.reshape(-1), ignore_index: Vocabulary.Padding, reduction: nn.Reduction.Sum);
            return (loss, hd, cd);
        }
    }
}
