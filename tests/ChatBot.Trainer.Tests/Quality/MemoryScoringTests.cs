using ChatBot.Trainer.Quality;

namespace ChatBot.Trainer.Tests.Quality;

/// <summary>How memory replies are counted: hits per gap, the control and the echo, each on its own turn.</summary>
public sealed class MemoryScoringTests
{
    private static readonly MemoryValue Joana = new("name", "en", "Joana", Seen: true);

    [Fact]
    public void A_hit_after_the_reset_counts_as_control_not_as_memory()
    {
        var metrics = Score(Replies(("Your name is Joana.", MemoryBenchmark.ControlTurn)));

        Assert.Equal(1.0, metrics.Get("memory.greedy.control"));
        Assert.Equal(0.0, metrics.Get("memory.greedy.seen.gap1"));
        Assert.Equal(0.0, metrics.Get("memory.greedy.hit"));
    }

    [Fact]
    public void A_hit_after_three_turns_of_small_talk_counts_for_gap_3_only()
    {
        var metrics = Score(Replies(("Your name is JOANA!", MemoryBenchmark.QuestionTurns[1])));

        Assert.Equal([0.0, 1.0, 0.0], new[] { 1, 3, 5 }.Select(g => metrics.Get($"memory.greedy.seen.gap{g}")!.Value));
        Assert.Equal(0.0, metrics.Get("memory.greedy.control"));
        Assert.Null(metrics.Get("memory.greedy.unseen.gap3")); // no unseen values: nothing to measure
    }

    [Fact]
    public void Repeating_the_value_in_reply_to_the_statement_is_an_echo()
    {
        var metrics = Score(Replies(("Nice to meet you, Joana.", MemoryBenchmark.StatementTurn)));

        Assert.Equal(1.0, metrics.Get("memory.greedy.echo"));
        Assert.Equal(0.0, metrics.Get("memory.greedy.hit"));
    }

    [Fact]
    public void The_script_states_the_value_then_asks_after_1_3_and_5_turns_and_afresh()
    {
        var script = MemoryBenchmark.Script(Joana, index: 0);

        Assert.Contains("Joana", script.Turns[MemoryBenchmark.StatementTurn].Text);
        Assert.Equal([1, 3, 5], MemoryBenchmark.QuestionTurns.Select(t => script.Turns[t].After));
        Assert.Equal(-1, script.Turns[MemoryBenchmark.ControlTurn].After);
        Assert.All(script.Turns.Skip(1).Take(5), turn => Assert.True(turn.Text.Length < 40, turn.Text));
    }

    private static string[][] Replies((string Text, int Turn) special)
    {
        var replies = Enumerable.Repeat("I do not know.", MemoryBenchmark.Script(Joana, 0).Turns.Count).ToArray();
        replies[special.Turn] = special.Text;
        return [replies];
    }

    private static MetricSink Score(string[][] replies)
    {
        var metrics = new MetricSink();
        MemoryBenchmark.Score([Joana], replies, "greedy", metrics);
        return metrics;
    }
}
