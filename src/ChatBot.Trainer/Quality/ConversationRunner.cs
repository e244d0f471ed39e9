using ChatBot.Model;
using ChatBot.Model.Conversation;
using ChatBot.Model.Decoding;

namespace ChatBot.Trainer.Quality;

/// <summary>
/// Plays scripts against a model and returns every reply. Greedy and sampled turns of all scripts go through one
/// <see cref="BatchDecoder"/> (a reply does not depend on its batch, so this only saves time); beam search is not
/// batched and runs turn by turn. Each sampled turn has its own seed, derived from the run's seed and the turn's
/// place, so the replies do not depend on the order of decoding. With turnMemoryOnly (an ablation) each turn starts
/// from the earlier turn's (h, c) but an empty attention memory.
/// </summary>
public static class ConversationRunner
{
    private const int MaxInFlight = 128;

    public static string[][] Run(ChatModel model, IReadOnlyList<ConversationScript> scripts, DecodingOptions options, int seed, bool turnMemoryOnly,
        CancellationToken cancellationToken)
    {
        foreach (var script in scripts)
        {
            for (var i = 0; i < script.Turns.Count; i++)
            {
                if (script.Turns[i].After < -1 || script.Turns[i].After >= i)
                {
                    throw new ArgumentException("A turn can only continue from an earlier turn.", nameof(scripts));
                }
            }
        }
        var replies = scripts.Select(s => new string[s.Turns.Count]).ToArray();
        if (options.Strategy == DecodingStrategy.Beam)
        {
            RunOneByOne(model, scripts, options, replies, turnMemoryOnly, cancellationToken);
        }
        else
        {
            RunBatched(model, scripts, options, seed, replies, turnMemoryOnly, cancellationToken);
        }
        return replies;
    }

    private static void RunOneByOne(ChatModel model, IReadOnlyList<ConversationScript> scripts, DecodingOptions options, string[][] replies, bool turnMemoryOnly,
        CancellationToken cancellationToken)
    {
        for (var s = 0; s < scripts.Count; s++)
        {
            var states = new ConversationState?[scripts[s].Turns.Count];
            for (var t = 0; t < scripts[s].Turns.Count; t++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var turn = scripts[s].Turns[t];
                var reply = model.Respond(Carried(turn.After < 0 ? null : states[turn.After], turnMemoryOnly), turn.Text, options, cancellationToken);
                replies[s][t] = reply.Text;
                states[t] = reply.State;
            }
        }
    }

    private static void RunBatched(ChatModel model, IReadOnlyList<ConversationScript> scripts, DecodingOptions options, int seed, string[][] replies, bool turnMemoryOnly,
        CancellationToken cancellationToken)
    {
        var states = scripts.Select(s => new ConversationState?[s.Turns.Count]).ToArray();
        var ready = new Queue<(int Script, int Turn)>();
        for (var s = 0; s < scripts.Count; s++)
        {
            for (var t = 0; t < scripts[s].Turns.Count; t++)
            {
                if (scripts[s].Turns[t].After < 0)
                {
                    ready.Enqueue((s, t));
                }
            }
        }
        using var decoder = model.CreateBatchDecoder();
        var inFlight = new List<(int Script, int Turn, DecodeStream Stream)>();
        while (ready.Count > 0 || inFlight.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (inFlight.Count < MaxInFlight && ready.TryDequeue(out var next))
            {
                var turn = scripts[next.Script].Turns[next.Turn];
                var turnOptions = options.Strategy == DecodingStrategy.Sample ? options with { Seed = TurnSeed(seed, next.Script, next.Turn) } : options;
                var state = Carried(turn.After < 0 ? null : states[next.Script][turn.After], turnMemoryOnly);
                inFlight.Add((next.Script, next.Turn, decoder.Join(state, turn.Text, turnOptions, cancellationToken)));
            }
            decoder.Step();
            for (var i = inFlight.Count - 1; i >= 0; i--)
            {
                var (s, t, stream) = inFlight[i];
                if (!stream.Completion.IsCompleted)
                {
                    continue;
                }
                inFlight.RemoveAt(i);
                var reply = stream.Completion.GetAwaiter().GetResult();
                replies[s][t] = reply.Text;
                states[s][t] = reply.State;
                for (var child = t + 1; child < scripts[s].Turns.Count; child++)
                {
                    if (scripts[s].Turns[child].After == t)
                    {
                        ready.Enqueue((s, child));
                    }
                }
            }
        }
    }

    /// <summary>The state a turn starts from; for the ablation, without its attention memory.</summary>
    private static ConversationState? Carried(ConversationState? state, bool turnMemoryOnly) =>
        turnMemoryOnly && state is not null ? new ConversationState(state.ModelFingerprint, state.Layers, state.HiddenSize, state.Hidden, state.Cell) : state;

    /// <summary>A seed per turn that depends only on the run's seed and the turn's place.</summary>
    /// <remarks>A fixed mix (not <see cref="HashCode"/>, which changes from process to process).</remarks>
    public static int TurnSeed(int seed, int script, int turn)
    {
        unchecked
        {
            var x = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)script * 0xBF58476D1CE4E5B9UL ^ (ulong)(uint)turn * 0x94D049BB133111EBUL;
            x ^= x >> 31;
            x *= 0xD6E8FEB86659FD39UL;
            x ^= x >> 29;
            return (int)(x & int.MaxValue);
        }
    }
}
