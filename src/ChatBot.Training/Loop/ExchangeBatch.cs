namespace ChatBot.Training.Loop;

/// <summary>
/// One exchange (user utterance + bot reply) for each active row of the batch. A row whose
/// <see cref="StartsDialogue"/> is set begins a new conversation and so starts from a zero state.
/// </summary>
public sealed record ExchangeBatch(int[] Rows, int[][] User, int[][] Bot, bool[] StartsDialogue)
{
    public int Count => Rows.Length;

    public long Characters => User.Sum(u => (long)u.Length) + Bot.Sum(b => (long)b.Length);
}
