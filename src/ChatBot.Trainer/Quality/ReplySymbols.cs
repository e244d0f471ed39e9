using ChatBot.Model.Text;

namespace ChatBot.Trainer.Quality;

/// <summary>
/// The symbols a reply is scored over, exactly as the model's evaluation counts them: the reply encoded with the
/// model's vocabulary (characters outside it become &lt;unk&gt;), cut to the trainer's longest turn, then &lt;eos&gt;.
/// </summary>
public static class ReplySymbols
{
    /// <summary>What can be predicted: every symbol but &lt;pad&gt; and &lt;bos&gt;.</summary>
    public static int[] Alphabet(Vocabulary vocabulary) =>
        Enumerable.Range(0, vocabulary.Size).Where(id => id is not Vocabulary.Padding and not Vocabulary.BeginOfReply).ToArray();

    public static int[] Encode(Vocabulary vocabulary, string reply, int maxTurnLength)
    {
        var ids = vocabulary.Encode(reply);
        var kept = Math.Min(ids.Length, maxTurnLength);
        return [.. ids.AsSpan(0, kept), Vocabulary.EndOfReply];
    }
}
