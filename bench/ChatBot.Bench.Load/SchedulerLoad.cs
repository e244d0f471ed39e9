using System.Diagnostics;
using ChatBot.Bot.Inference;
using ChatBot.Model;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;

namespace ChatBot.Bench.Load;

/// <summary>
/// The inference scheduler alone, as the bot deploys it (a <see cref="BatchDecodingPool"/> with one thread per core),
/// without HTTP, adapter or state store: N conversations, each sending its next message as soon as its reply is
/// back and continuing from the state that reply left, exactly as the bot's turns do. Separates what batching
/// achieves from the per-turn cost of the bot around it.
/// </summary>
internal static class SchedulerLoad
{
    public static LoadStatistics Measure(ChatModel model, string message, int conversations, int warmupPerConversation, int turnsPerConversation, int maxReply, TimeSpan timeLimit, string fallbackText)
    {
        using var pool = new BatchDecodingPool(Environment.ProcessorCount, maxBatchSize: 64);
        var options = DecodingOptions.Greedy with { MaxReplyLength = maxReply };
        var latencies = new List<double>();
        var replies = new List<string>();

        // Unmeasured turns first, as for the bot.
        var states = RunAsync(pool, model, message, options, conversations, warmupPerConversation, TimeSpan.FromMinutes(1), new ConversationState?[conversations], null, null).GetAwaiter().GetResult();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        RunAsync(pool, model, message, options, conversations, turnsPerConversation, timeLimit, states, latencies, replies).GetAwaiter().GetResult();
        var elapsed = clock.Elapsed;
        return LoadStatistics.From(conversations, latencies, replies, elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, fallbackText);
    }

    private static async Task<ConversationState?[]> RunAsync(BatchDecodingPool pool, ChatModel model, string message, DecodingOptions options, int conversations,
        int turns, TimeSpan timeLimit, ConversationState?[] states, List<double>? latencies, List<string>? replies)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            for (var turn = 0; turn < turns && clock.Elapsed < timeLimit; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                var reply = await pool.RunAsync(model, states[c], message, options, CancellationToken.None);
                var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                states[c] = reply.State;
                if (latencies is not null && replies is not null)
                {
                    lock (latencies)
                    {
                        latencies.Add(latency);
                        replies.Add(reply.Text);
                    }
                }
            }
        })));
        return states;
    }
}
