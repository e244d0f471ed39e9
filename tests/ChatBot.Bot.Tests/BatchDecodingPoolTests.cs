using ChatBot.Bot.Inference;
using ChatBot.Model;
using ChatBot.Model.Decoding;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;

namespace ChatBot.Bot.Tests;

public sealed class BatchDecodingPoolTests : IDisposable
{
    private static readonly string[] Messages = ["Hello there!", "What is your name?", "Olá, tudo bem?", "Nice to meet you.", "0123", "Where do you live?", "Obrigado.", "Hi"];
    private readonly ChatModel _model = NetworkModels.CreateUntrained(Vocabulary.Build([string.Concat(Messages)], 1), new ModelHyperParameters(16, 32, 2, 0.0), seed: 22);

    public void Dispose() => _model.Dispose();

    [Fact]
    public async Task Concurrent_turns_are_shared_out_evenly_over_the_batch_threads_and_keep_their_exact_replies()
    {
        // Long replies (random weights run to the limit): every turn is still in hand when the last one arrives.
        var options = DecodingOptions.Greedy with { MaxReplyLength = 20_000 };
        var alone = Messages.Select(message => _model.Respond(null, message, options)).ToList();
        using var pool = new BatchDecodingPool(threads: 2, maxBatchSize: 64);

        var replies = await Task.WhenAll(Messages.Select(message => pool.RunAsync(_model, null, message, options, CancellationToken.None)));

        Assert.Equal(Messages.Length / 2, pool.PeakConversations);
        Assert.Equal(alone.Select(reply => reply.State.ToBytes()), replies.Select(reply => reply.State.ToBytes()));
    }
}
