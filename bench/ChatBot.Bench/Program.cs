using System.CommandLine;
using ChatBot.Bench;

// Benchmarks print numbers; they are run on demand (docs/performance.md), never as part of the tests.
var root = new RootCommand("ChatBot benchmarks: training throughput against a bare TorchSharp loop, decoding latency, and the decoder's matrix kernel.");
root.Subcommands.Add(TrainingBenchmark.Command());
root.Subcommands.Add(DecodingBenchmark.Command());
root.Subcommands.Add(KernelBenchmark.Command());
return await root.Parse(args).InvokeAsync();
