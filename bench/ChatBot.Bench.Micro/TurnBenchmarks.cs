using BenchmarkDotNet.Attributes;
using ChatBot.Model;
using ChatBot.Model.Decoding;
using ChatBot.Network;

namespace ChatBot.Bench.Micro;

/// <summary>One encode + generate turn of the default model: a 60-character message, greedy decoding, fresh conversation.</summary>
[Config(typeof(InProcessConfig))]
public class TurnBenchmarks
{
    public const string Message = "Hello! My name is Ana. Can you tell me what an LSTM gate is?";

    private ChatModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        TorchRuntime.Configure(1);
        _model = ChatModel.Load(ModelPaths.Default);
        // The first turn compiles the code paths; not part of a turn's cost.
        _model.Respond(null, Message, DecodingOptions.Greedy);
    }

    [Benchmark(Description = "Respond: 60-char message, greedy")]
    public string Turn() => _model.Respond(null, Message, DecodingOptions.Greedy).Text;

    [GlobalCleanup]
    public void Cleanup() => _model.Dispose();
}
