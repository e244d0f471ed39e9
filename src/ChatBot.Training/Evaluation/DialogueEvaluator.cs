using ChatBot.Model;
using ChatBot.Network;
using ChatBot.Training.Corpora;
using ChatBot.Training.Loop;
using static TorchSharp.torch;

namespace ChatBot.Training.Evaluation;

/// <summary>
/// Held-out bits per character of the bot's replies (teacher-forced; the end-of-reply marker counts as a
/// character), once with the state carried through each dialogue and once reset before every exchange.
/// </summary>
public static class DialogueEvaluator
{
    public static EvaluationReport Evaluate(ChatModel model, IReadOnlyList<Dialogue> dialogues, int maxTurnLength = 200, int batchSize = 32)
    {
        var encoded = dialogues.Select(d => EncodedDialogue.From(d, model.Vocabulary, maxTurnLength)).ToList();
        using var network = NetworkModels.LoadNetwork(model);
        var (carried, reset) = Evaluate(network, encoded, batchSize);
        return new EvaluationReport(model.Metadata.TrainingSteps, carried, reset, reset - carried, IsBest: false);
    }

    public static (double BitsPerChar, double BitsPerCharReset) Evaluate(EncoderDecoderNetwork network, IReadOnlyList<EncodedDialogue> dialogues, int batchSize)
    {
        var wasTraining = network.training;
        network.eval();
        try
        {
            using var noGrad = no_grad();
            return (BitsPerChar(network, dialogues, batchSize, reset: false), BitsPerChar(network, dialogues, batchSize, reset: true));
        }
        finally
        {
            network.train(wasTraining);
        }
    }

    private static double BitsPerChar(EncoderDecoderNetwork network, IReadOnlyList<EncodedDialogue> dialogues, int batchSize, bool reset)
    {
        var stream = new ExchangeStream(dialogues, Math.Min(batchSize, dialogues.Count), seed: 0, shuffleForever: false);
        var nats = 0.0;
        var predicted = 0L;
        using var outer = NewDisposeScope();
        var state = network.ZeroState(stream.Rows);
        while (stream.Next() is { } batch)
        {
            using var scope = NewDisposeScope();
            var (loss, _, count, next) = ExchangeRunner.Run(network, batch, state, reset);
            nats += loss.item<float>();
            predicted += count;
            state = next.MoveToOuterDisposeScope();
        }
        return nats / predicted / Math.Log(2);
    }
}
