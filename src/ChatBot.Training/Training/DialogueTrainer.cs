using ChatBot.Training.Corpora;

namespace ChatBot.Training.Training;

/// <summary>Truncated-BPTT training of the encoder/decoder over whole dialogues, the state carried turn to turn.</summary>
public sealed class DialogueTrainer(TrainerOptions options, ITrainingObserver observer)
{
    /// <summary>
    /// Trains on <paramref name="dialogues"/> (split internally into training and held-out sets), or resumes from the
    /// run directory's checkpoint when <see cref="TrainerOptions.Resume"/> is set. Cancellation writes a checkpoint
    /// and returns with <see cref="TrainingResult.Interrupted"/> set.
    /// </summary>
    public TrainingResult Train(IReadOnlyList<Dialogue> dialogues, CancellationToken cancellationToken)
    {
        _ = options;
        _ = observer;
        _ = dialogues;
        cancellationToken.ThrowIfCancellationRequested();
        throw new NotImplementedException("In progress on main: the training loop lands with the model network.");
    }
}
