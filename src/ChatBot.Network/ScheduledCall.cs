namespace ChatBot.Network;

/// <summary>One dense nn.LSTM call of a <see cref="SegmentSchedule"/>.</summary>
/// <param name="Steps">Time steps the call runs; every row in it runs all of them.</param>
/// <param name="Rows">Batch rows in the call, in the order they take in its input.</param>
/// <param name="Offsets">Per row of the call: the position in that row's own sequence of the call's first step.</param>
/// <param name="StateSources">
/// Per row of the call, where its incoming state comes from: an index below the previous call's row count is that
/// row's place in the previous call's output state; otherwise (previous count + batch row) picks the initial state.
/// </param>
/// <param name="Finishing">Places (within this call) of the rows whose sequence ends with this call's last step.</param>
internal sealed record ScheduledCall(long Steps, int[] Rows, long[] Offsets, long[] StateSources, long[] Finishing);
