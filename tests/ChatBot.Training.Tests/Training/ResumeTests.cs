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

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
