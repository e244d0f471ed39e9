using System.CommandLine;
using ChatBot.Bench;

// Benchmarks print numbers; they are run on demand (docs/performance.md), never as part of the tests.
var root = new RootCommand("ChatBot benchmarks: training throughput against a bare TorchSharp loop, and decoding latency.");
root.Subcommands.Add(TrainingBenchmark.Command());
root.Subcommands.Add(DecodingBenchmark.Command());
return await root.Parse(args).InvokeAsync();
