using ChatBot.Model.Text;
using ChatBot.Training.Corpora;

namespace ChatBot.Training.Loop;

/// <summary>A dialogue as character ids: one user utterance and one bot reply per exchange.</summary>
public sealed record EncodedDialogue(int[][] User, int[][] Bot)
{
    public int Exchanges => User.Length;

    /// <summary>Encodes every turn, cutting each to <paramref name="maxTurnLength"/> characters.</summary>
    public static EncodedDialogue From(Dialogue dialogue, Vocabulary vocabulary, int maxTurnLength)
    {
        var user = new int[dialogue.Exchanges][];
        var bot = new int[dialogue.Exchanges][];
        for (var i = 0; i < dialogue.Exchanges; i++)
        {
            user[i] = Cut(vocabulary.Encode(dialogue.UserTurn(i)), maxTurnLength);
            bot[i] = Cut(vocabulary.Encode(dialogue.BotTurn(i)), maxTurnLength);
        }
        return new EncodedDialogue(user, bot);
    }

    private static int[] Cut(int[] ids, int max) => ids.Length <= max ? ids : ids[..max];
}
