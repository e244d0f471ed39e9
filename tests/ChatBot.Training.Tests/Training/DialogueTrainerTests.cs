using ChatBot.Model;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;
using ChatBot.Training.Loop;

namespace ChatBot.Training.Tests.Training;

public sealed class DialogueTrainerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatbot-trainer-").FullName;

    [Fact]
    public void A_tiny_corpus_is_overfitted_and_greedy_decoding_then_reproduces_its_replies()
    {
        var observer = new RecordingObserver();
        var options = TinyCorpus.Options(_folder, steps: 400);
        var result = new DialogueTrainer(options, observer).Train(TinyCorpus.Dialogues, CancellationToken.None);

        Assert.True(observer.Steps[^1].Loss < 0.05, $"final loss {observer.Steps[^1].Loss}");
        using var model = ChatModel.Load(result.ModelPath!);
        foreach (var dialogue in TinyCorpus.Dialogues.Where(d => d.UserTurn(0) != "hi"))
        {
            ConversationState? state = null;
            for (var exchange = 0; exchange < dialogue.Exchanges; exchange++)
            {
                var reply = model.Respond(state, dialogue.UserTurn(exchange), DecodingOptions.Greedy);
                Assert.Equal(dialogue.BotTurn(exchange), reply.Text);
                state = reply.State;
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
