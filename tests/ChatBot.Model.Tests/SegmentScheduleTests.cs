using ChatBot.Network;

namespace ChatBot.Model.Tests;

public sealed class SegmentScheduleTests
{
    private static readonly long[] Ragged = [7, 12, 13, 13, 14, 17, 20, 22, 24, 26, 27, 31, 32, 34, 35, 50, 51, 53, 54, 62, 66, 68, 70, 71, 88, 121, 177, 3, 1, 2, 9, 40];

    [Fact]
    public void Every_row_runs_each_of_its_steps_once_in_order_from_its_own_state()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var lengths = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (long)random.Next(1, 120)).ToArray();

            var calls = SegmentSchedule.Plan(lengths);

            AssertRunsExactly(lengths, calls);
        }
    }

    [Fact]
    public void A_ragged_batch_needs_far_fewer_calls_than_it_has_distinct_lengths()
    {
        var calls = SegmentSchedule.Plan(Ragged);

        AssertRunsExactly(Ragged, calls);
        Assert.True(calls.Length * 2 <= Ragged.Distinct().Count(), $"{calls.Length} calls for {Ragged.Distinct().Count()} distinct lengths");
    }

    [Fact]
    public void No_batch_needs_more_calls_than_it_has_distinct_lengths()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 200; trial++)
        {
            var lengths = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (long)random.Next(1, 300)).ToArray();

            Assert.True(SegmentSchedule.Plan(lengths).Length <= lengths.Distinct().Count());
        }
    }

    [Fact]
    public void Rows_of_one_length_run_as_one_call_in_their_own_order()
    {
        var call = Assert.Single(SegmentSchedule.Plan([5, 5, 5]));

        Assert.Equal(5, call.Steps);
        Assert.Equal([0, 1, 2], call.Rows);
        Assert.Equal([0L, 0L, 0L], call.Offsets);
        Assert.Equal([0L, 1L, 2L], call.Finishing);
    }

    [Fact]
    public void A_row_shorter_than_one_step_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => SegmentSchedule.Plan([3, 0]));
    }

    /// <summary>Replays the plan: each row must enter at step 0 from the initial state, continue from its own place in the previous call, and leave exactly at its length.</summary>
    private static void AssertRunsExactly(long[] lengths, ScheduledCall[] calls)
    {
        var done = new long[lengths.Length];
        var finished = new bool[lengths.Length];
        var previous = Array.Empty<int>();
        foreach (var call in calls)
        {
            Assert.True(call.Steps > 0);
            Assert.Equal(call.Rows.Length, call.Rows.Distinct().Count());
            for (var i = 0; i < call.Rows.Length; i++)
            {
                var row = call.Rows[i];
                Assert.False(finished[row], $"row {row} runs after its end");
                Assert.Equal(done[row], call.Offsets[i]);
                if (done[row] == 0)
                {
                    Assert.Equal(previous.Length + row, call.StateSources[i]);
                }
                else
                {
                    Assert.InRange(call.StateSources[i], 0, previous.Length - 1);
                    Assert.Equal(row, previous[call.StateSources[i]]);
                }
                done[row] += call.Steps;
                Assert.True(done[row] <= lengths[row], $"row {row} runs past its length");
                var finishes = done[row] == lengths[row];
                Assert.Equal(finishes, call.Finishing.Contains(i));
                finished[row] = finishes;
            }
            foreach (var row in previous.Where(r => !finished[r]))
            {
                Assert.Contains(row, call.Rows);
            }
            previous = call.Rows;
        }
        Assert.All(finished, Assert.True);
    }
}
