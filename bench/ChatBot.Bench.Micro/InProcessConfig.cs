using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ChatBot.Bench.Micro;

/// <summary>
/// Benchmarks run inside this process (no generated project is built: the machine has two cores, and TorchSharp's
/// native library needs the repository's build step) with bounded warm-up and iteration counts.
/// </summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithId("in-process"));
    }
}
