using System.CommandLine;
using System.Diagnostics;
using ChatBot.Model.Decoding;
using ChatBot.Network;
using static ChatBot.Bench.Measurement;
using static TorchSharp.torch;

namespace ChatBot.Bench;

/// <summary>
/// The decoder's matrix products at the shipped shapes, batch sizes 1 to 32: the managed kernel
/// (<see cref="PanelMatrix.MultiplyAdd"/>) against libtorch's torch.mm on the same numbers. Best of several runs.
/// </summary>
internal static class KernelBenchmark
{
    public static Command Command()
    {
        var threads = new Option<int>("--threads") { Description = "Torch threads for torch.mm (the managed kernel uses one).", DefaultValueFactory = _ => 1 };
        var command = new Command("kernels", "Managed matrix kernel vs torch.mm at the decoder's shapes.") { threads };
        command.SetAction(parse => Run(parse.GetValue(threads)));
        return command;
    }

    private static int Run(int threads)
    {
        TorchRuntime.Configure(threads);
        Console.WriteLine($"Machine: {Machine()}; load average {LoadAverage()}; Vector512 hardware-accelerated: {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}");
        Console.WriteLine("| inputs → outputs | rows | managed µs | managed GFLOP/s | torch.mm µs | torch.mm GFLOP/s |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        var random = new Random(1);
        foreach (var (inputs, outputs) in new[] { (256, 1024), (256, 100) })
        {
            var weights = Enumerable.Range(0, inputs * outputs).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            var matrix = new PanelMatrix(weights, outputs, inputs);
            foreach (var rows in new[] { 1, 2, 3, 4, 6, 7, 8, 10, 16, 32 })
            {
                var input = Enumerable.Range(0, rows * inputs).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
                var output = new float[rows * matrix.PaddedOutputs];
                var managed = BestMicroseconds(() => matrix.MultiplyAdd(input, inputs, rows, output));
                double libtorch;
                using (NewDisposeScope())
                using (inference_mode())
                {
                    var w = tensor(weights, [outputs, inputs]);
                    var x = tensor(input, [rows, inputs]);
                    libtorch = BestMicroseconds(() =>
                    {
                        using var scope = NewDisposeScope();
                        mm(x, w.t());
                    });
                }
                var flops = 2.0 * rows * inputs * outputs;
                Console.WriteLine($"| {inputs} → {outputs} | {rows} | {F(managed, 1)} | {F(flops / managed / 1000, 0)} | {F(libtorch, 1)} | {F(flops / libtorch / 1000, 0)} |");
            }
        }
        return 0;
    }

    private static double BestMicroseconds(Action action)
    {
        const int calls = 400;
        for (var i = 0; i < 50; i++)
        {
            action();
        }
        var best = double.MaxValue;
        for (var run = 0; run < 7; run++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < calls; i++)
            {
                action();
            }
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds * 1000 / calls);
        }
        return best;
    }
}
