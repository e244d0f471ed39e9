using BenchmarkDotNet.Running;

// BenchmarkDotNet micro-benchmarks: a model turn, state (de)serialisation, state store get/put.
//   dotnet run -c Release --project bench/ChatBot.Bench.Micro -- --filter '*'
// Results land in BenchmarkDotNet.Artifacts/ under the repository root. See docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(ChatBot.Bench.Micro.TurnBenchmarks).Assembly).Run(args);
