using BenchmarkDotNet.Attributes;
using ChatBot.Model.Conversation;

namespace ChatBot.Bench.Micro;

/// <summary>A conversation state of the shipped shape (2 layers × 256 hidden, h and c) to and from its stored bytes.</summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class StateSerializationBenchmarks
{
    private const string Fingerprint = "0123456789abcdef";
    private ConversationState _state = null!;
    private byte[] _bytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        float[] Values() => Enumerable.Range(0, 2 * 256).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        _state = new ConversationState(Fingerprint, 2, 256, Values(), Values());
        _bytes = _state.ToBytes();
    }

    [Benchmark(Description = "ConversationState.ToBytes")]
    public byte[] Serialize() => _state.ToBytes();

    [Benchmark(Description = "ConversationState.FromBytes")]
    public ConversationState Deserialize() => ConversationState.FromBytes(_bytes, Fingerprint);
}
