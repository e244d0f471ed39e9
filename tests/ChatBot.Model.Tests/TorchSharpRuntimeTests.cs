using static TorchSharp.torch;

namespace ChatBot.Model.Tests;

public class TorchSharpRuntimeTests
{
    [Fact]
    public void Native_library_loads_and_an_LSTM_step_runs_forward_and_backward()
    {
        using var scope = NewDisposeScope();
        using var lstm = nn.LSTM(inputSize: 4, hiddenSize: 8, numLayers: 1, batchFirst: true);
        var input = randn(2, 3, 4);
        var (output, h, c) = lstm.forward(input);
        Assert.Equal(new long[] { 2, 3, 8 }, output.shape);
        Assert.Equal(new long[] { 1, 2, 8 }, h.shape);
        output.sum().backward();
        var grad = lstm.parameters().First().grad;
        Assert.NotNull(grad);
        Assert.True(grad!.abs().sum().item<float>() > 0f);
    }
}
