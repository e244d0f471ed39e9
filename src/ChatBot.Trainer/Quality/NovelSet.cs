using ChatBot.Training.Corpora;

namespace ChatBot.Trainer.Quality;

/// <summary>
/// Held-out dialogues whose replies never occur in training: a fact is stated with an unseen value and the bot
/// acknowledges it, then the user asks and the bot answers, in the benchmark's own phrasings. A dialogue with a reply
/// that does occur word for word among the training replies is dropped.
/// </summary>
public static class NovelSet
{
    public static IReadOnlyList<Dialogue> Build(IEnumerable<MemoryValue> unseen, IReadOnlySet<string> trainingReplies)
    {
        var dialogues = new List<Dialogue>();
        var index = 0;
        foreach (var value in unseen)
        {
            var statements = MemoryPhrasings.Statements(value.Kind, value.Language);
            var questions = MemoryPhrasings.Questions(value.Kind, value.Language);
            var (acknowledgement, answer) = MemoryPhrasings.NovelReplies(value.Kind, value.Language);
            string[] turns =
            [
                MemoryPhrasings.Fill(statements[index % statements.Count], value.Value),
                MemoryPhrasings.Fill(acknowledgement, value.Value),
                questions[index % questions.Count],
                MemoryPhrasings.Fill(answer, value.Value),
            ];
            index++;
            if (!trainingReplies.Contains(turns[1]) && !trainingReplies.Contains(turns[3]))
            {
                dialogues.Add(new Dialogue(turns, "(novel set)", index));
            }
        }
        return dialogues;
    }
}
