using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;

namespace ChatBot.Bot.Tests.Hosting;

/// <summary>
/// Tiny real models (untrained, seeded) saved as real model files. Greedy decoding of random weights is
/// deterministic and depends on the conversation state, which is all the bot's tests need from a real model.
/// </summary>
public static class UntrainedModels
{
    private static readonly Lock SeedLock = new();

    private static readonly Vocabulary Alphabet = Vocabulary.Build(
        ["Hello there! How are you? What is your name? Where do you live? Nice to meet you. Olá, tudo bem? Obrigado. 0123456789"], 1);

    /// <summary>Writes an untrained model file; different seeds give different weights and fingerprints.</summary>
    /// <param name="hiddenSize">32 by default; the shipped 256 makes every decoder step much slower, for tests that need slow replies.</param>
    public static void Write(string path, int seed, string name = "tiny", int hiddenSize = 32)
    {
        // manual_seed is global to the process: create one model at a time.
        lock (SeedLock)
        {
            using var model = NetworkModels.CreateUntrained(Alphabet, new ModelHyperParameters(EmbeddingSize: 16, HiddenSize: hiddenSize, Layers: 2, Dropout: 0.0), seed, name);
            model.Save(path);
        }
    }
}
