namespace ChatBot.Training.Corpora.Importers;

/// <summary>What an <see cref="ICorpusImporter"/> produced.</summary>
/// <param name="Dialogues">Dialogues ready for <see cref="DialogueCorpusWriter"/>.</param>
/// <param name="Skipped">Conversations (or whole files) left out: too short, or malformed when skipping was asked for.</param>
/// <param name="Problems">One "file:line: reason" entry for each item left out.</param>
public sealed record ImportResult(IReadOnlyList<Dialogue> Dialogues, int Skipped, IReadOnlyList<string> Problems);
