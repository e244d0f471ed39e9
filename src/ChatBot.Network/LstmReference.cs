using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChatBot.Network;

/// <summary>
/// The LSTM equations written out step by step over an nn.LSTM's own parameters (gate order i, f, g, o as in
/// PyTorch). It is the yardstick for <see cref="LstmKernelCheck"/> and the fallback when the fused kernel is wrong.
/// </summary>
internal static class LstmReference
{
    /// <param name="input">[batch, time, features]</param>
    /// <param name="state">[layers, batch, hidden] each</param>
    public static (Tensor Output, Tensor H, Tensor C) Run(LSTM lstm, int layers, double dropout, bool training, Tensor input, (Tensor H, Tensor C) state)
    {
        var layerInput = input;
        var hs = new Tensor[layers];
        var cs = new Tensor[layers];
        for (var layer = 0; layer < layers; layer++)
        {
            var wIh = Parameter(lstm, $"weight_ih_l{layer}");
            var wHh = Parameter(lstm, $"weight_hh_l{layer}");
            var bIh = Parameter(lstm, $"bias_ih_l{layer}");
            var bHh = Parameter(lstm, $"bias_hh_l{layer}");
            // The input projection of every step at once; only the recurrent part is sequential.
            var projected = nn.functional.linear(layerInput, wIh, bIh);
            var h = state.H[layer];
            var c = state.C[layer];
            var outputs = new Tensor[input.shape[1]];
            for (var t = 0; t < outputs.Length; t++)
            {
                var gates = (projected.select(1, t) + nn.functional.linear(h, wHh, bHh)).chunk(4, 1);
                c = gates[1].sigmoid() * c + gates[0].sigmoid() * gates[2].tanh();
                h = gates[3].sigmoid() * c.tanh();
                outputs[t] = h;
            }
            hs[layer] = h;
            cs[layer] = c;
            layerInput = stack(outputs, 1);
            if (layer < layers - 1 && dropout > 0)
            {
                layerInput = nn.functional.dropout(layerInput, dropout, training);
            }
        }
        return (layerInput, stack(hs), stack(cs));
    }

    private static Parameter Parameter(LSTM lstm, string name) =>
        lstm.get_parameter(name) ?? throw new InvalidOperationException($"The LSTM has no parameter {name}.");
}
