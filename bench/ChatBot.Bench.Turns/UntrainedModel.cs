using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;

namespace ChatBot.Bench.Turns;

/// <summary>An untrained model of the trainer's default shape, for benchmarks run without a trained model file.</summary>
public static class UntrainedModel
{
    public const string Description = "untrained, emb 64 / hidden 256 / 2 layers";

    public static void Write(string path)
    {
        var alphabet = Vocabulary.Build([
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"-()áàâãçéêíóôõúÁÀÂÃÇÉÊÍÓÔÕÚ",
        ], 1);
        using var model = NetworkModels.CreateUntrained(alphabet, new ModelHyperParameters(EmbeddingSize: 64, HiddenSize: 256, Layers: 2, Dropout: 0.1), seed: 1234, name: "untrained");
        model.Save(path);
    }
}
