namespace ChatBot.Training.Loop;

/// <param name="Dialogue">Per row: index of the dialogue it is in, or -1 before the first / after the last.</param>
/// <param name="Exchange">Per row: the next exchange to feed from that dialogue.</param>
/// <param name="TakenInEpoch">Per row: the epoch in which it took that dialogue (which fixes its fresh values); null in checkpoints written before fresh values.</param>
public sealed record StreamPosition(int Epoch, int NextInEpoch, int[] Dialogue, int[] Exchange, int[]? TakenInEpoch = null);
