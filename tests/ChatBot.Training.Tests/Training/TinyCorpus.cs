using ChatBot.Training.Corpora;
using ChatBot.Training.Loop;

namespace ChatBot.Training.Tests.Training;

/// <summary>Small dialogues and options for tests that really train, kept tiny so they run in seconds.</summary>
internal static class TinyCorpus
{
    public static IReadOnlyList<Dialogue> Dialogues { get; } =
    [
        new(["hi", "hello!", "my name is ana", "nice to meet you, ana"]),
        new(["hi", "hello!", "my name is rui", "nice to meet you, rui"]),
        new(["what is an rnn?", "a network with memory.", "and lstm?", "an rnn with gates."]),
        new(["olá", "olá! tudo bem?", "tudo", "que bom!"]),
    ];

    public static TrainerOptions Options(string folder, int steps) => new()
    {
        Corpus = ["tiny"],
        ModelPath = Path.Combine(folder, "tiny.chatbot"),
        EmbeddingSize = 16,
        HiddenSize = 32,
        Layers = 2,
        Dropout = 0.0,
        MinCharCount = 1,
        ValidationFraction = 0.0,
        BatchSize = 4,
        BpttExchanges = 2,
        LearningRate = 0.01,
        WarmupSteps = 0,
        MaxSteps = steps,
        ClipNorm = 1.0,
        Seed = 7,
        EvalEvery = 1000,
        CheckpointEvery = 1000,
        Patience = 0,
        Threads = 1,
        FreshValues = 0.0,
        // Plain cross-entropy, so that over-fitting can drive the loss towards 0.
        LabelSmoothing = 0.0,
    };
}
