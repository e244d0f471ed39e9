namespace ChatBot.Training.Corpora;

/// <summary>What <see cref="DialogueCorpusReader.ReadPaths"/> loaded.</summary>
/// <param name="Dialogues">The valid dialogues, in file order (files in ordinal path order).</param>
/// <param name="Skipped">Invalid dialogues (and whole files that are not UTF-8) left out because skipping was asked for.</param>
/// <param name="Problems">One "file:line: problem" entry for each skipped item.</param>
public sealed record CorpusLoadResult(IReadOnlyList<Dialogue> Dialogues, int Skipped, IReadOnlyList<string> Problems);
