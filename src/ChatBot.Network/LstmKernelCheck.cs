using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChatBot.Network;

/// <summary>
/// Checks libtorch's fused LSTM against the written-out equations for one layer shape. On the project's machine
/// (AVX-512, oneDNN 3.7) the fused kernel returns wrong values for some hidden sizes (16, 48 and 100 among them;
/// 32, 64, 128 and 256 are right), silently. See docs/platform.md.
/// </summary>
internal static class LstmKernelCheck
{
    public static bool FusedKernelIsCorrect(LSTM lstm, int inputSize, int hiddenSize, int layers)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        // Compare in eval mode: in training mode nn.LSTM applies dropout between layers, which the reference does not.
        var wasTraining = lstm.training;
        lstm.eval();
        try
        {
            return Compare(lstm, inputSize, hiddenSize, layers);
        }
        finally
        {
            lstm.train(wasTraining);
        }
    }

    private static bool Compare(LSTM lstm, int inputSize, int hiddenSize, int layers)
    {
        var generator = new Generator(20240601);
        foreach (var batch in new[] { 1, 3 })
        {
            var x = randn([batch, 4, inputSize], generator: generator);
            var state = (randn([layers, batch, hiddenSize], generator: generator), randn([layers, batch, hiddenSize], generator: generator));
            var (fused, fusedH, fusedC) = lstm.forward(x, state);
            var (reference, referenceH, referenceC) = LstmReference.Run(lstm, layers, 0, training: false, x, state);
            if (!fused.allclose(reference, rtol: 1e-4, atol: 1e-5) || !fusedH.allclose(referenceH, rtol: 1e-4, atol: 1e-5)
                || !fusedC.allclose(referenceC, rtol: 1e-4, atol: 1e-5))
            {
                return false;
            }
        }
        return true;
    }
}
