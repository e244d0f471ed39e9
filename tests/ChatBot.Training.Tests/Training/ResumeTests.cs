using ChatBot.Model;
using ChatBot.Training.Loop;

namespace ChatBot.Training.Tests.Training;

public sealed class ResumeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-resume-").FullName;

    [Fact]
    public void A_run_interrupted_and_resumed_ends_with_the_same_weights_as_an_uninterrupted_run()
    {
        var straight = TinyCorpus.Options(Path.Combine(_folder, "straight"), steps: 12) with { Dropout = 0.2 };
        new DialogueTrainer(straight, new RecordingObserver()).Train(TinyCorpus.Dialogues, CancellationToken.None);

        var interruptedOptions = TinyCorpus.Options(Path.Combine(_folder, "resumed"), steps: 12) with { Dropout = 0.2 };
        using var stop = new CancellationTokenSource();
        var observer = new RecordingObserver { AfterStep = report => { if (report.Step == 5) stop.Cancel(); } };
        var first = new DialogueTrainer(interruptedOptions, observer).Train(TinyCorpus.Dialogues, stop.Token);
        Assert.True(first.Interrupted);
        Assert.False(File.Exists(interruptedOptions.ModelPath));

        var resumed = new DialogueTrainer(interruptedOptions with { Resume = true }, new RecordingObserver()).Train(TinyCorpus.Dialogues, CancellationToken.None);
        Assert.Equal(12, resumed.Steps);

        using var a = ChatModel.Load(straight.ModelPath);
        using var b = ChatModel.Load(interruptedOptions.ModelPath);
        Assert.Equal(a.Fingerprint, b.Fingerprint);
    }

    [Fact]
    public void A_run_with_fresh_values_resumes_onto_the_same_fresh_values()
    {
        var values = Path.Combine(_folder, "memory-values.tsv");
        File.WriteAllText(values, "name\ten\tana\nname\ten\trui\nname\ten\tbia\n");
        var heldOut = Path.Combine(_folder, "heldout-values.tsv");
        File.WriteAllText(heldOut, "name\tany\tKalani\n");
        TrainerOptions Options(string name) => TinyCorpus.Options(Path.Combine(_folder, name), steps: 12) with
        {
            FreshValues = 1.0, MemoryValuesFile = values, HeldOutValuesFile = heldOut,
        };
        var straight = Options("straight");
        new DialogueTrainer(straight, new RecordingObserver()).Train(TinyCorpus.Dialogues, CancellationToken.None);
        var asWritten = Options("as-written") with { FreshValues = 0.0 };
        new DialogueTrainer(asWritten, new RecordingObserver()).Train(TinyCorpus.Dialogues, CancellationToken.None);

        var interrupted = Options("resumed");
        using var stop = new CancellationTokenSource();
        var observer = new RecordingObserver { AfterStep = report => { if (report.Step == 5) stop.Cancel(); } };
        new DialogueTrainer(interrupted, observer).Train(TinyCorpus.Dialogues, stop.Token);
        new DialogueTrainer(interrupted with { Resume = true }, new RecordingObserver()).Train(TinyCorpus.Dialogues, CancellationToken.None);

        using var a = ChatModel.Load(straight.ModelPath);
        using var b = ChatModel.Load(interrupted.ModelPath);
        using var c = ChatModel.Load(asWritten.ModelPath);
        Assert.Equal(a.Fingerprint, b.Fingerprint);
        Assert.NotEqual(a.Fingerprint, c.Fingerprint);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
