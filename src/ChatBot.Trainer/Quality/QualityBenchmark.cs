using System.Diagnostics;
using System.Globalization;
using ChatBot.Model;
using ChatBot.Model.Text;
using ChatBot.Training.Corpora;
using ChatBot.Training.Evaluation;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Quality;

/// <summary>
/// The quality benchmark: bits per character against n-gram baselines on the model's own held-out split and on a
/// novel set and on real chit-chat the model was not trained on, scripted memory conversations, and replies to
/// held-out prompts, per decoding. Talks to the model only through its public API.
/// </summary>
public static class QualityBenchmark
{
    public const int SamplesPerSet = 20;
    public static readonly IReadOnlyList<int> NgramOrders = [5, 7];

    public static QualityResult Run(ChatModel model, IReadOnlyList<Dialogue> corpus, string corpusDescription, ChitChatSet chitChat, QualitySettings settings,
        Action<string> progress, CancellationToken cancellationToken)
    {
        var result = new QualityResult();
        var about = result.About;
        var metrics = result.Metrics;
        var clock = Stopwatch.StartNew();
        void Done(string what)
        {
            progress(string.Create(CultureInfo.InvariantCulture, $"{what} ({clock.Elapsed.TotalSeconds:F0} s)"));
        }

        var (training, heldOut) = Split(model, corpus, corpusDescription, settings, result);
        var trainingReplies = training.SelectMany(d => Enumerable.Range(0, d.Exchanges).Select(d.BotTurn)).ToList();
        var heldOutReplies = heldOut.SelectMany(d => Enumerable.Range(0, d.Exchanges).Select(d.BotTurn)).ToList();
        about.Add(new("symbols", string.Create(CultureInfo.InvariantCulture,
            $"the model's {model.Vocabulary.Size - 2} predicted symbols: {model.Vocabulary.Characters.Count} characters after NFC, <unk> for any other, <eos> ending each reply; replies cut at {settings.MaxTurnLength} characters (as the trainer does)")));

        // 1. Bits per character: the model (state carried and reset), then prompt-blind n-grams on the same symbols.
        var evaluation = DialogueEvaluator.Evaluate(model, heldOut, settings.MaxTurnLength, settings.BatchSize);
        metrics.Add("heldout.bpc", evaluation.BitsPerChar);
        metrics.Add("heldout.bpc_reset", evaluation.BitsPerCharReset);
        metrics.Add("heldout.context_gain", evaluation.ContextGain);
        Done("held-out bpc");
        var alphabet = ReplySymbols.Alphabet(model.Vocabulary);
        var trainingSymbols = trainingReplies.Select(r => ReplySymbols.Encode(model.Vocabulary, r, settings.MaxTurnLength)).ToList();
        var heldOutSymbols = heldOutReplies.Select(r => ReplySymbols.Encode(model.Vocabulary, r, settings.MaxTurnLength)).ToList();
        var ngrams = NgramOrders.ToDictionary(order => order, order => new KneserNeyModel(order, alphabet, Vocabulary.BeginOfReply, trainingSymbols));
        foreach (var (order, ngram) in ngrams)
        {
            metrics.Add($"heldout.ngram_bpc.{order}", BitsPerSymbol(ngram, heldOutSymbols));
        }
        var trainingReplySet = trainingReplies.ToHashSet(StringComparer.Ordinal);
        metrics.AddRate("heldout.verbatim_share", heldOutReplies.Count(trainingReplySet.Contains), heldOutReplies.Count);
        metrics.Add("heldout.replies", heldOutReplies.Count);
        Done("n-gram baselines");

        // 2. Values for the memory probes and the novel set.
        var index = new TrainingWordIndex(training);
        var values = MemoryValueSet.Build(settings.HeldOutValuesFile, index, settings.ProbesPerKind, settings.Seed, result.Warnings);
        about.Add(new("memory values", $"{settings.ProbesPerKind} seen and {settings.ProbesPerKind} unseen per kind ({string.Join(", ", MemoryPhrasings.Kinds)}) and language (en, pt); unseen from {settings.HeldOutValuesFile}, checked absent from the training dialogues"));
        var novel = NovelSet.Build(values.Where(v => !v.Seen), trainingReplySet);
        var novelEvaluation = DialogueEvaluator.Evaluate(model, novel, settings.MaxTurnLength, settings.BatchSize);
        metrics.Add("novel.bpc", novelEvaluation.BitsPerChar);
        metrics.Add("novel.bpc_reset", novelEvaluation.BitsPerCharReset);
        var novelSymbols = novel.SelectMany(d => Enumerable.Range(0, d.Exchanges).Select(d.BotTurn))
            .Select(r => ReplySymbols.Encode(model.Vocabulary, r, settings.MaxTurnLength)).ToList();
        foreach (var (order, ngram) in ngrams)
        {
            metrics.Add($"novel.ngram_bpc.{order}", BitsPerSymbol(ngram, novelSymbols));
        }
        metrics.Add("novel.dialogues", novel.Count);
        about.Add(new("novel set", $"{novel.Count} dialogues written by the benchmark from the unseen values (statement, acknowledgement, question, answer); no reply occurs in the training replies"));
        Done("novel set");
        ScoreChitChat(model, chitChat, ngrams, trainingReplySet, settings, result);

        var words = WordLists.Build(training.SelectMany(d => d.Turns), settings.WordListFiles);
        about.Add(new("real-word lists", string.Join(", ", words.Sources)));

        // 3 and 4. Memory and replies, per decoding.
        foreach (var name in settings.Decodings)
        {
            var options = settings.Decoding(name);
            var beam = name == "beam";
            var probeValues = beam ? BeamSubset(values, settings.BeamProbesPerKind) : values;
            var dialogues = beam ? heldOut.Take(settings.BeamDialogues).ToList() : heldOut;
            if (beam)
            {
                about.Add(new("beam subset", $"beam search (width 4, not batched) plays {probeValues.Count} of the {values.Count} memory values ({settings.BeamProbesPerKind} per kind, language and seen/unseen) and the first {dialogues.Count} of the {heldOut.Count} held-out dialogues"));
            }
            var (memorySamples, misses) = MemoryBenchmark.Run(model, probeValues, name, options, settings, metrics, cancellationToken);
            result.Samples.Add(new($"memory.{name}", memorySamples));
            result.Samples.Add(new($"memory-misses.{name}", misses));
            Done($"memory, {name}");
            var (replySamples, mismatches) = ReplyBenchmark.Run(model, dialogues, words, name, options, settings, metrics, cancellationToken);
            result.Samples.Add(new($"replies.{name}", replySamples));
            result.Samples.Add(new($"language-mismatches.{name}", mismatches));
            Done($"replies, {name}");
        }
        return result;
    }

    /// <summary>
    /// Bits per character of the chit-chat set's replies, the model's (state carried and reset) next to the same
    /// n-grams': a model over-confident in its own corpus's phrasings does worse here than a smoothed n-gram.
    /// </summary>
    private static void ScoreChitChat(ChatModel model, ChitChatSet chitChat, Dictionary<int, KneserNeyModel> ngrams, HashSet<string> trainingReplies,
        QualitySettings settings, QualityResult result)
    {
        if (chitChat.Dialogues.Count == 0)
        {
            result.Warnings.Add("no chit-chat set (quality --chitchat PATH): bits per character on real chit-chat the model was not trained on are not measured");
            return;
        }
        var metrics = result.Metrics;
        var evaluation = DialogueEvaluator.Evaluate(model, chitChat.Dialogues, settings.MaxTurnLength, settings.BatchSize);
        metrics.Add("chitchat.bpc", evaluation.BitsPerChar);
        metrics.Add("chitchat.bpc_reset", evaluation.BitsPerCharReset);
        var replies = chitChat.Dialogues.SelectMany(d => Enumerable.Range(0, d.Exchanges).Select(d.BotTurn)).ToList();
        var symbols = replies.Select(r => ReplySymbols.Encode(model.Vocabulary, r, settings.MaxTurnLength)).ToList();
        foreach (var (order, ngram) in ngrams)
        {
            metrics.Add($"chitchat.ngram_bpc.{order}", BitsPerSymbol(ngram, symbols));
        }
        metrics.AddRate("chitchat.verbatim_share", replies.Count(trainingReplies.Contains), replies.Count);
        var unknown = symbols.Sum(s => s.Count(id => id == Vocabulary.Unknown));
        metrics.AddRate("chitchat.unknown_share", unknown, symbols.Sum(s => s.Length));
        metrics.Add("chitchat.dialogues", chitChat.Dialogues.Count);
        metrics.Add("chitchat.replies", replies.Count);
        result.About.Add(new("chit-chat set", string.Create(CultureInfo.InvariantCulture,
            $"{chitChat.Dialogues.Count} dialogues ({replies.Count} replies) of real chit-chat from {chitChat.Description}, not trained on; symbols outside the model's alphabet count as <unk> for the model and the n-grams alike")));
    }

    private static (IReadOnlyList<Dialogue> Training, IReadOnlyList<Dialogue> HeldOut) Split(ChatModel model, IReadOnlyList<Dialogue> corpus,
        string corpusDescription, QualitySettings settings, QualityResult result)
    {
        var notes = model.Metadata.Training;
        var seed = settings.DefaultSplitSeed;
        if (notes.TryGetValue("seed", out var seedText) && int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var recordedSeed))
        {
            seed = recordedSeed;
        }
        else
        {
            result.Warnings.Add($"the model does not record its training seed; the split uses {seed}, the trainer's default");
        }
        var fraction = settings.DefaultValidationFraction;
        if (notes.TryGetValue("validationFraction", out var fractionText) && double.TryParse(fractionText, NumberStyles.Float, CultureInfo.InvariantCulture, out var recorded))
        {
            fraction = recorded;
        }
        else
        {
            result.Warnings.Add(string.Create(CultureInfo.InvariantCulture, $"the model does not record its validation fraction; the split uses {fraction}, the trainer's default"));
        }
        var hash = CorpusFingerprint.Compute(corpus);
        if (!string.Equals(hash, model.Metadata.CorpusHash, StringComparison.OrdinalIgnoreCase))
        {
            result.Warnings.Add($"the corpus ({corpusDescription}) is not the one the model was trained on (fingerprint {Short(hash)}, model's {Short(model.Metadata.CorpusHash)}): "
                + "the split below is not the model's, so 'held-out' dialogues may have been trained on and 'unseen' values may have been seen");
        }
        var (training, heldOut) = TrainingData.Split(corpus, fraction, seed);
        result.About.Add(new("corpus", $"{corpusDescription}: {corpus.Count} dialogues, fingerprint {Short(hash)}"));
        result.About.Add(new("split", string.Create(CultureInfo.InvariantCulture, $"as the trainer's: seed {seed}, validation fraction {fraction}; {training.Count} training, {heldOut.Count} held-out dialogues")));
        return (training, heldOut);
    }

    /// <summary>Up to <see cref="SamplesPerSet"/> distinct indices below <paramref name="count"/>, drawn with <paramref name="random"/>.</summary>
    public static int[] Draw(int count, Random random)
    {
        var indices = Enumerable.Range(0, count).ToArray();
        random.Shuffle(indices);
        return indices[..Math.Min(SamplesPerSet, count)];
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash.Length == 0 ? "(none)" : hash;

    private static double? BitsPerSymbol(KneserNeyModel model, IEnumerable<int[]> sequences)
    {
        var (bits, symbols) = model.Score(sequences);
        return symbols == 0 ? null : bits / symbols;
    }

    private static List<MemoryValue> BeamSubset(IReadOnlyList<MemoryValue> values, int perGroup) =>
        values.GroupBy(v => (v.Kind, v.Language, v.Seen)).SelectMany(g => g.Take(perGroup)).ToList();
}
