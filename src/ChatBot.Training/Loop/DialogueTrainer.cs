using System.Diagnostics;
using System.Globalization;
using ChatBot.Model.Files;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;
using ChatBot.Training.Augmentation;
using ChatBot.Training.Corpora;
using ChatBot.Training.Evaluation;
using static TorchSharp.torch;

namespace ChatBot.Training.Loop;

/// <summary>
/// Truncated-BPTT training of the encoder/decoder over whole dialogues, the state carried turn to turn exactly as
/// the bot carries it. Each batch row is a stream of dialogues; a step feeds every row
/// <see cref="TrainerOptions.BpttExchanges"/> exchanges, back-propagates through them, then detaches the state and
/// carries it on. A row that starts a new dialogue starts from a zero state.
/// </summary>
public sealed class DialogueTrainer(TrainerOptions options, ITrainingObserver observer)
{
    /// <summary>
    /// Trains on <paramref name="dialogues"/> (split internally into training and held-out sets), or resumes from the
    /// run directory's checkpoint when <see cref="TrainerOptions.Resume"/> is set. Cancellation writes a checkpoint
    /// and returns with <see cref="TrainingResult.Interrupted"/> set; the model file is only written at the end.
    /// </summary>
    public TrainingResult Train(IReadOnlyList<Dialogue> dialogues, CancellationToken cancellationToken)
    {
        set_num_threads(options.Threads > 0 ? options.Threads : Environment.ProcessorCount);
        var runDirectory = options.ResolveRunDirectory();
        Directory.CreateDirectory(runDirectory);
        var checkpointPath = Path.Combine(runDirectory, TrainingCheckpoint.FileName);
        var bestPath = Path.Combine(runDirectory, "best.chatbot");
        var (training, validation) = TrainingData.Split(dialogues, options.ValidationFraction, options.Seed);
        if (training.Count == 0)
        {
            throw new ArgumentException("The corpus has no dialogues left for training after the validation split.");
        }
        var corpusHash = CorpusFingerprint.Compute(dialogues);

        TrainingCheckpoint? resumeFrom = null;
        if (options.Resume)
        {
            if (!File.Exists(checkpointPath))
            {
                throw new FileNotFoundException($"{checkpointPath}: there is no checkpoint to resume from.", checkpointPath);
            }
            resumeFrom = TrainingCheckpoint.ReadHeader(checkpointPath);
            if (resumeFrom.CorpusHash != corpusHash)
            {
                throw new InvalidOperationException($"{checkpointPath}: the checkpoint was made on another corpus; resume with the same corpus or train afresh.");
            }
        }

        var hyper = resumeFrom?.Hyper ?? new ModelHyperParameters(options.EmbeddingSize, options.HiddenSize, options.Layers, options.Dropout,
            options.MemoryLength, options.MemoryLength > 0 ? options.AttentionSize : 0,
            options.MemoryLength > 0 ? options.MatchLength : 0, options.MemoryLength > 0 && options.CaseCopy);
        var vocabulary = resumeFrom is not null
            ? new Vocabulary(resumeFrom.Characters)
            : Vocabulary.Build(training.SelectMany(d => d.Turns), options.MinCharCount);
        var encodedTraining = training.Select(d => EncodedDialogue.From(d, vocabulary, options.MaxTurnLength)).ToList();
        var encodedValidation = validation.Select(d => EncodedDialogue.From(d, vocabulary, options.MaxTurnLength)).ToList();
        var batchSize = resumeFrom?.BatchSize ?? options.BatchSize;
        var seed = resumeFrom?.Seed ?? options.Seed;

        manual_seed(seed);
        using var network = new EncoderDecoderNetwork(vocabulary, hyper);
        network.train();
        using var optimizer = optim.Adam(network.parameters(), options.LearningRate);
        if (options.FreshValues > 0 && !File.Exists(options.MemoryValuesFile))
        {
            throw new FileNotFoundException($"{options.MemoryValuesFile}: the list of the corpus's memory values, which --fresh-values needs, is missing "
                + "(the corpus generator writes it); on a corpus without one, train with --fresh-values 0.", options.MemoryValuesFile);
        }
        var fresh = options.FreshValues > 0 ? FreshValues.Load(options.MemoryValuesFile, options.HeldOutValuesFile) : null;
        var stream = new ExchangeStream(encodedTraining, batchSize, seed, shuffleForever: true, fresh is null ? null : (index, epoch) =>
        {
            // Seeded by dialogue and epoch alone, so a resumed run feeds exactly the values it would have fed.
            var random = new Random(HashCode.Combine(seed, index, epoch));
            if (random.NextDouble() >= options.FreshValues)
            {
                return encodedTraining[index];
            }
            var varied = fresh.Vary(training[index], random);
            return ReferenceEquals(varied, training[index]) ? encodedTraining[index] : EncodedDialogue.From(varied, vocabulary, options.MaxTurnLength);
        });

        long step = 0;
        double? bestBpc = null;
        double? bestBpcReset = null;
        var staleEvaluations = 0;
        var previousSeconds = 0.0;
        NetworkState state;
        if (resumeFrom is not null)
        {
            state = TrainingCheckpoint.Restore(checkpointPath, network, optimizer, network.ZeroState(batchSize));
            stream.Position = resumeFrom.Stream;
            step = resumeFrom.Step;
            bestBpc = resumeFrom.BestBitsPerChar;
            bestBpcReset = resumeFrom.BestBitsPerCharReset;
            staleEvaluations = resumeFrom.EvaluationsWithoutImprovement;
            previousSeconds = resumeFrom.ElapsedSeconds;
            observer.OnMessage($"Resumed from {checkpointPath} at step {step}.");
        }
        else
        {
            state = network.ZeroState(batchSize);
        }
        state = state.DetachFromDisposeScope();

        var parameterCount = network.parameters().Sum(p => p.numel());
        observer.OnStarted(new TrainingPlan(step, options.MaxSteps, training.Count, validation.Count, vocabulary.Size, parameterCount));

        var clock = Stopwatch.StartNew();
        var smoothedRate = 0.0;
        var stoppedEarly = false;
        var interrupted = false;

        void SaveCheckpoint()
        {
            var checkpoint = new TrainingCheckpoint
            {
                Step = step, Stream = stream.Position, Characters = vocabulary.Characters, Hyper = hyper,
                BatchSize = batchSize, Seed = seed, CorpusHash = corpusHash, BestBitsPerChar = bestBpc,
                BestBitsPerCharReset = bestBpcReset, EvaluationsWithoutImprovement = staleEvaluations,
                ElapsedSeconds = previousSeconds + clock.Elapsed.TotalSeconds,
            };
            TrainingCheckpoint.Write(checkpointPath, checkpoint, network, optimizer, state);
            observer.OnCheckpoint(checkpointPath, step);
        }

        ModelMetadata Metadata(double? bpc, double? bpcReset) => new()
        {
            Name = Path.GetFileNameWithoutExtension(options.ModelPath),
            Hyper = hyper,
            Characters = vocabulary.Characters,
            CreatedAt = DateTimeOffset.UtcNow,
            CorpusDescription = $"{dialogues.Count} dialogues from {string.Join(", ", options.Corpus)}",
            CorpusHash = corpusHash,
            TrainingSteps = step,
            TrainingSeconds = previousSeconds + clock.Elapsed.TotalSeconds,
            HeldOutBitsPerChar = bpc,
            HeldOutBitsPerCharReset = bpcReset,
            ContextGain = bpc is { } carried && bpcReset is { } reset ? reset - carried : null,
            Training = new Dictionary<string, string>
            {
                ["seed"] = seed.ToString(CultureInfo.InvariantCulture),
                ["batchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
                ["bpttExchanges"] = options.BpttExchanges.ToString(CultureInfo.InvariantCulture),
                ["learningRate"] = options.LearningRate.ToString(CultureInfo.InvariantCulture),
                ["validationFraction"] = options.ValidationFraction.ToString(CultureInfo.InvariantCulture),
                ["maxTurnLength"] = options.MaxTurnLength.ToString(CultureInfo.InvariantCulture),
                ["freshValues"] = options.FreshValues.ToString(CultureInfo.InvariantCulture),
                ["labelSmoothing"] = options.LabelSmoothing.ToString(CultureInfo.InvariantCulture),
                ["trainingDialogues"] = training.Count.ToString(CultureInfo.InvariantCulture),
                ["validationDialogues"] = validation.Count.ToString(CultureInfo.InvariantCulture),
            },
        };

        try
        {
            while (step < options.MaxSteps)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    interrupted = true;
                    break;
                }
                var started = clock.Elapsed;
                var elapsed = TimeSpan.FromSeconds(previousSeconds) + clock.Elapsed;
                var learningRate = options.TimeBudget is { } fitted
                    ? LearningRateSchedule.AtFraction(step, elapsed / fitted, options.LearningRate, options.WarmupSteps)
                    : LearningRateSchedule.At(step, options.LearningRate, options.WarmupSteps, options.MaxSteps);
                foreach (var group in optimizer.ParamGroups)
                {
                    group.LearningRate = learningRate;
                }

                double loss;
                long characters;
                using (var scope = NewDisposeScope())
                {
                    var (mean, objective, read, after) = TruncatedBptt.RunWindow(network, stream, options.BpttExchanges, state, options.LabelSmoothing);
                    characters = read;
                    optimizer.zero_grad();
                    objective.backward();
                    if (options.ClipNorm > 0)
                    {
                        nn.utils.clip_grad_norm_(network.parameters(), options.ClipNorm);
                    }
                    optimizer.step();
                    loss = mean.item<float>();

                    // Truncation: the carried state keeps its values but no longer links to this window's graph.
                    state.Dispose();
                    state = TruncatedBptt.Carry(after).DetachFromDisposeScope();
                }
                step++;

                var seconds = (clock.Elapsed - started).TotalSeconds;
                var rate = characters / Math.Max(seconds, 1e-9);
                smoothedRate = smoothedRate == 0 ? rate : 0.9 * smoothedRate + 0.1 * rate;
                observer.OnStep(new TrainingStepReport(step, options.MaxSteps, loss, smoothedRate, learningRate,
                    TimeSpan.FromSeconds(previousSeconds) + clock.Elapsed));

                // The last step of a timed run is evaluated too: its weights, at the lowest rate, are often the best.
                var outOfTime = options.TimeBudget is { } budget && TimeSpan.FromSeconds(previousSeconds) + clock.Elapsed >= budget;
                if (encodedValidation.Count > 0 && (step % options.EvalEvery == 0 || step == options.MaxSteps || outOfTime))
                {
                    var (bpc, bpcReset) = DialogueEvaluator.Evaluate(network, encodedValidation, batchSize);
                    var isBest = bestBpc is null || bpc < bestBpc;
                    if (isBest)
                    {
                        bestBpc = bpc;
                        bestBpcReset = bpcReset;
                        staleEvaluations = 0;
                        NetworkModels.Write(bestPath, Metadata(bpc, bpcReset), network);
                    }
                    else
                    {
                        staleEvaluations++;
                    }
                    observer.OnEvaluation(new EvaluationReport(step, bpc, bpcReset, bpcReset - bpc, isBest));
                    if (options.Patience > 0 && staleEvaluations >= options.Patience)
                    {
                        observer.OnMessage($"Early stop: validation bpc has not improved for {staleEvaluations} evaluations.");
                        stoppedEarly = true;
                        break;
                    }
                }
                if (step % options.CheckpointEvery == 0)
                {
                    SaveCheckpoint();
                }
                if (outOfTime)
                {
                    observer.OnMessage($"Time budget of {options.TimeBudget} spent at step {step}.");
                    break;
                }
            }

            SaveCheckpoint();
            if (interrupted)
            {
                return new TrainingResult(null, step, Best(), Interrupted: true, StoppedEarly: false, TimeSpan.FromSeconds(previousSeconds) + clock.Elapsed);
            }

            if (encodedValidation.Count > 0 && File.Exists(bestPath))
            {
                // Ship the weights with the best held-out bpc, not merely the last ones.
                var best = ModelFile.Read(bestPath);
                // TrainingSteps stays the step the best weights come from; the run's length is noted beside it.
                var notes = new Dictionary<string, string>(best.Metadata.Training) { ["runSteps"] = step.ToString(CultureInfo.InvariantCulture) };
                var metadata = best.Metadata with { TrainingSeconds = previousSeconds + clock.Elapsed.TotalSeconds, Training = notes };
                ModelFile.Write(options.ModelPath, metadata, best.StateDict);
            }
            else
            {
                NetworkModels.Write(options.ModelPath, Metadata(null, null), network);
            }
            observer.OnMessage($"Model written to {options.ModelPath}.");
            return new TrainingResult(options.ModelPath, step, Best(), Interrupted: false, stoppedEarly, TimeSpan.FromSeconds(previousSeconds) + clock.Elapsed);
        }
        finally
        {
            state.Dispose();
        }

        EvaluationReport? Best() => bestBpc is { } b && bestBpcReset is { } r ? new EvaluationReport(step, b, r, r - b, IsBest: true) : null;
    }
}
