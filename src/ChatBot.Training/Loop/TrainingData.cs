using ChatBot.Training.Corpora;

namespace ChatBot.Training.Loop;

/// <summary>Deterministic split of a corpus into training and held-out dialogues.</summary>
public static class TrainingData
{
    public static (IReadOnlyList<Dialogue> Training, IReadOnlyList<Dialogue> Validation) Split(IReadOnlyList<Dialogue> dialogues, double validationFraction, int seed)
    {
        var indices = Enumerable.Range(0, dialogues.Count).ToArray();
        new Random(seed).Shuffle(indices);
        var held = (int)Math.Round(dialogues.Count * validationFraction);
        if (validationFraction > 0 && held == 0 && dialogues.Count > 1)
        {
            held = 1;
        }
        var validation = indices.Take(held).Order().Select(i => dialogues[i]).ToList();
        var training = indices.Skip(held).Order().Select(i => dialogues[i]).ToList();
        return (training, validation);
    }
}
