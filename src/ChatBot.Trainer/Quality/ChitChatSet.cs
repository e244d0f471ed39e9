using ChatBot.Training.Corpora;
using ChatBot.Training.Corpora.Importers;

namespace ChatBot.Trainer.Quality;

/// <summary>
/// Real chit-chat from a public corpus that the model was not trained on (ChatterBot corpus YAML, read with the
/// importer the "import" command uses): the benchmark scores its replies to see whether the model stays calibrated
/// outside its own corpus.
/// </summary>
/// <param name="Dialogues">The conversations, each opened by the user.</param>
/// <param name="Description">The paths read, for the report.</param>
public sealed record ChitChatSet(IReadOnlyList<Dialogue> Dialogues, string Description)
{
    public static ChitChatSet None { get; } = new([], "");

    /// <exception cref="CommandFailedException">A path is missing or a file is malformed (file:line), as a data error.</exception>
    public static ChitChatSet Load(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return None;
        }
        var importer = new ChatterBotImporter();
        var dialogues = new List<Dialogue>();
        foreach (var path in paths)
        {
            try
            {
                dialogues.AddRange(importer.Import(path, skipInvalid: false).Dialogues);
            }
            catch (CorpusFormatException exception)
            {
                throw CommandFailedException.DataError($"chit-chat set: {exception.Message}", exception);
            }
        }
        return new ChitChatSet(dialogues, string.Join(", ", paths));
    }
}
