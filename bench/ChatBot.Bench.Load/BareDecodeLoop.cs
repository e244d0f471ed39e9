using System.Diagnostics;
using ChatBot.Model;
using ChatBot.Model.Text;
using ChatBot.Network;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChatBot.Bench.Load;

/// <summary>
/// The least a batch of turns needs, as a bare TorchSharp loop over the model's own layers: one dense nn.LSTM call
/// encodes all messages, then every step runs embedding, one LSTMCell per layer, projection and argmax for all rows
/// (tokens never leave libtorch). No padding, no state I/O, no HTTP: the reference for the bot's throughput.
/// </summary>
public sealed class BareDecodeLoop : IDisposable
{
    private readonly ChatModel _model;
    private readonly EncoderDecoderNetwork _network;
    private readonly LSTMCell[] _cells;

    public BareDecodeLoop(ChatModel model)
    {
        _model = model;
        _network = NetworkModels.LoadNetwork(model);
        _cells = _network.CreateDecoderCells();
    }

    /// <summary>Median over <paramref name="repeats"/> runs of (encode ms, decode ms) for <paramref name="rows"/> turns of <paramref name="steps"/> characters.</summary>
    public (double EncodeMs, double DecodeMs) Measure(string message, int rows, int steps, int repeats)
    {
        var encode = new List<double>();
        var decode = new List<double>();
        for (var repeat = -2; repeat < repeats; repeat++)
        {
            var (e, d) = Run(message, rows, steps);
            if (repeat >= 0)
            {
                encode.Add(e);
                decode.Add(d);
            }
        }
        return (encode.Order().ElementAt(encode.Count / 2), decode.Order().ElementAt(decode.Count / 2));
    }

    private (double EncodeMs, double DecodeMs) Run(string message, int rows, int steps)
    {
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        var clock = Stopwatch.StartNew();
        var ids = _model.Vocabulary.Encode(message).Select(id => (long)id).ToArray();
        var tokens = tensor(ids, int64).unsqueeze(0).expand(rows, ids.Length);
        var (h, c) = _network.Encode(tokens, Enumerable.Repeat((long)ids.Length, rows).ToArray(), _network.ZeroState(rows));
        var hs = Enumerable.Range(0, _cells.Length).Select(layer => h[layer]).ToArray();
        var cs = Enumerable.Range(0, _cells.Length).Select(layer => c[layer]).ToArray();
        _ = hs[^1][0, 0].item<float>();
        var encodeMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var token = full(rows, Vocabulary.BeginOfReply, int64);
        for (var step = 0; step < steps; step++)
        {
            var previous = hs.Concat(cs).Append(token).ToArray();
            using (var stepScope = NewDisposeScope())
            {
                var x = _network.Embed(token);
                for (var layer = 0; layer < _cells.Length; layer++)
                {
                    (hs[layer], cs[layer]) = _cells[layer].forward(x, (hs[layer], cs[layer]));
                    x = hs[layer];
                }
                token = _network.Project(x).argmax(1);
                // Keep what the next step needs; the rest of this step is freed with its scope.
                foreach (var kept in hs.Concat(cs).Append(token))
                {
                    kept.MoveToOuterDisposeScope();
                }
            }
            foreach (var old in previous)
            {
                old.Dispose();
            }
        }
        _ = token[0].item<long>();
        return (encodeMs, clock.Elapsed.TotalMilliseconds);
    }

    public void Dispose()
    {
        foreach (var cell in _cells)
        {
            cell.Dispose();
        }
        _network.Dispose();
    }
}
