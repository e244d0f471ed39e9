using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;

namespace ChatBot.Model.Tests;

internal static class TestModels
{
    public static Vocabulary Vocabulary { get; } = Vocabulary.Build(["abcdefghijklmnopqrstuvwxyz ,.!?áãçé"], minCount: 1);

    public static ModelHyperParameters Tiny { get; } = new(EmbeddingSize: 8, HiddenSize: 16, Layers: 2, Dropout: 0.0);

    public static ChatModel Untrained(int seed = 1) => NetworkModels.CreateUntrained(Vocabulary, Tiny, seed);
}
