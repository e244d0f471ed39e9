using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;
using ChatBot.Training.Corpora;
using ChatBot.Training.Loop;
using static TorchSharp.torch;

namespace ChatBot.Training.Tests.Training;

public sealed class TruncatedBpttTests
{
    // Two dialogues of three exchanges each, one per row, so three consecutive windows of one exchange stay inside them.
    private static readonly Dialogue[] LongDialogues =
    [
        new(["hi", "hello!", "my name is ana", "nice to meet you, ana", "what is my name?", "ana."]),
        new(["olá", "olá! tudo bem?", "tudo", "que bom!", "e você?", "bem."]),
    ];

    private static readonly Vocabulary Alphabet = Vocabulary.Build(LongDialogues.SelectMany(d => d.Turns), 1);

    private static (EncoderDecoderNetwork Network, ExchangeStream Stream) Setup()
    {
        manual_seed(11);
        var network = new EncoderDecoderNetwork(Alphabet, new ModelHyperParameters(8, 32, 1, 0.0));
        var dialogues = LongDialogues.Select(d => EncodedDialogue.From(d, Alphabet, 200)).ToList();
        return (network, new ExchangeStream(dialogues, rows: 2, seed: 1, shuffleForever: true));
    }

    [Fact]
    public void Within_a_window_the_gradient_reaches_the_state_the_window_started_from()
    {
        using var scope = NewDisposeScope();
        var (network, stream) = Setup();
        var (h0, c0) = (zeros(1, 2, 32).requires_grad_(), zeros(1, 2, 32).requires_grad_());
        stream.Next();  // start the dialogues, so the next exchange continues them instead of resetting the state
        var (loss, _, _, _) = TruncatedBptt.RunWindow(network, stream, exchanges: 1, (h0, c0));
        loss.backward();
        Assert.True(h0.grad!.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void The_next_window_sends_no_gradient_back_across_the_cut()
    {
        using var scope = NewDisposeScope();
        var (network, stream) = Setup();
        var (h0, c0) = (zeros(1, 2, 32).requires_grad_(), zeros(1, 2, 32).requires_grad_());
        stream.Next();
        var (_, _, _, after) = TruncatedBptt.RunWindow(network, stream, exchanges: 1, (h0, c0));
        var (loss, _, _, _) = TruncatedBptt.RunWindow(network, stream, exchanges: 1, TruncatedBptt.Carry(after));
        loss.backward();
        Assert.True(h0.grad is null || h0.grad.abs().sum().item<float>() == 0);
        // The same two exchanges without the cut do reach h0: the cut, not the data, stopped the gradient.
        var (_, streamAgain) = Setup();
        var (h0b, c0b) = (zeros(1, 2, 32).requires_grad_(), zeros(1, 2, 32).requires_grad_());
        streamAgain.Next();
        var (_, _, _, afterB) = TruncatedBptt.RunWindow(network, streamAgain, exchanges: 1, (h0b, c0b));
        var (lossUncut, _, _, _) = TruncatedBptt.RunWindow(network, streamAgain, exchanges: 1, afterB);
        lossUncut.backward();
        Assert.True(h0b.grad!.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void A_row_that_starts_a_new_dialogue_gets_no_gradient_from_the_previous_one()
    {
        using var scope = NewDisposeScope();
        var (network, stream) = Setup();
        var (h0, c0) = (zeros(1, 2, 32).requires_grad_(), zeros(1, 2, 32).requires_grad_());
        // The first exchange of every row starts a dialogue, so its state is reset to zero.
        var (loss, _, _, _) = TruncatedBptt.RunWindow(network, stream, exchanges: 1, (h0, c0));
        loss.backward();
        Assert.True(h0.grad is null || h0.grad.abs().sum().item<float>() == 0);
    }
}
