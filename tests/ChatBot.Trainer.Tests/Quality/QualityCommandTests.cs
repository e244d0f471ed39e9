using System.Text.Json;

namespace ChatBot.Trainer.Tests.Quality;

/// <summary>"quality" end to end on a tiny model trained in the test, with small probe counts.</summary>
public sealed class QualityCommandTests(TinyTrainedModel tiny) : IClassFixture<TinyTrainedModel>
{
    private static readonly string[] Decodings = ["greedy", "sample", "beam"];

    /// <summary>The keys issue 9 promises to scripts (rates among them).</summary>
    private static IEnumerable<string> PromisedKeys()
    {
        string[] fixedKeys =
        [
            "heldout.bpc", "heldout.bpc_reset", "heldout.context_gain", "heldout.ngram_bpc.5", "heldout.ngram_bpc.7",
            "heldout.verbatim_share", "novel.bpc", "novel.ngram_bpc.7",
        ];
        return fixedKeys.Concat(Decodings.SelectMany(d => new[]
        {
            $"memory.{d}.seen.gap1", $"memory.{d}.seen.gap3", $"memory.{d}.seen.gap5",
            $"memory.{d}.unseen.gap1", $"memory.{d}.unseen.gap3", $"memory.{d}.unseen.gap5",
            $"memory.{d}.control", $"memory.{d}.echo",
            $"replies.{d}.loop_rate", $"replies.{d}.real_word_rate", $"replies.{d}.language_match", $"replies.{d}.language_unclear",
            $"replies.{d}.chrf", $"replies.{d}.chrf_random_control", $"replies.{d}.mean_length",
        }));
    }

    private static bool IsRate(string key) =>
        key.StartsWith("memory.", StringComparison.Ordinal) || key.EndsWith("_rate", StringComparison.Ordinal) || key.EndsWith("_match", StringComparison.Ordinal)
        || key.EndsWith("verbatim_share", StringComparison.Ordinal) || key.EndsWith("_unclear", StringComparison.Ordinal) || key.Contains(".chrf", StringComparison.Ordinal);

    [Fact]
    public async Task Quality_json_has_every_promised_key_as_a_number_and_rates_within_0_and_1()
    {
        var outDirectory = tiny.Folder.File("run-all");

        var run = await Quality(outDirectory);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDirectory, "quality.json")));
        foreach (var key in PromisedKeys())
        {
            Assert.True(json.RootElement.TryGetProperty(key, out var value), $"missing {key}");
            if (key.EndsWith(".language_match", StringComparison.Ordinal) && value.ValueKind == JsonValueKind.Null)
            {
                // Undefined only when no reply has a clear language, as this tiny model's gibberish has none.
                Assert.Equal(1.0, json.RootElement.GetProperty(key.Replace("language_match", "language_unclear", StringComparison.Ordinal)).GetDouble());
                continue;
            }
            Assert.True(value.ValueKind == JsonValueKind.Number, $"{key} is {value.ValueKind}");
            if (IsRate(key))
            {
                Assert.InRange(value.GetDouble(), 0.0, 1.0);
            }
        }
        var report = File.ReadAllText(Path.Combine(outDirectory, "report.md"));
        Assert.Contains("## Sample exchanges", report);
        Assert.Contains("### Memory: share of questions answered with the stated value", run.Output);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_numbers()
    {
        var first = tiny.Folder.File("run-a");
        var second = tiny.Folder.File("run-b");

        Assert.Equal(ExitCodes.Success, (await Quality(first, "--decoding", "sample")).ExitCode);
        Assert.Equal(ExitCodes.Success, (await Quality(second, "--decoding", "sample")).ExitCode);

        Assert.Equal(Numbers(first), Numbers(second));
    }

    [Fact]
    public async Task The_turn_memory_ablation_runs_and_says_so_in_the_report()
    {
        var outDirectory = tiny.Folder.File("run-ablation");

        var run = await Quality(outDirectory, "--decoding", "greedy", "--turn-memory-only");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("--turn-memory-only: every played turn started with an empty attention memory", File.ReadAllText(Path.Combine(outDirectory, "report.md")));
    }

    [Fact]
    public async Task An_unknown_decoding_is_a_usage_error()
    {
        var run = await Quality(tiny.Folder.File("run-bad"), "--decoding", "greedy,nucleus");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--decoding", run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public async Task An_unseen_value_that_occurs_in_training_fails_naming_the_file_and_line()
    {
        var values = tiny.Folder.Write("leaky-values.tsv", File.ReadAllText(tiny.ValuesPath) + "city\tany\tLondon\n");

        var run = await Run(tiny.Folder.File("run-leaky"), values, TinyTrainedModel.ValuesPerKind, []);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains("leaky-values.tsv:12", run.Error);
        Assert.Contains("'London'", run.Error);
        Assert.False(run.HasStackTrace);
    }

    [Fact]
    public async Task Too_few_seen_values_in_training_fail_with_a_count()
    {
        // The tiny corpus names two people; three per kind cannot be found.
        var run = await Run(tiny.Folder.File("run-few"), tiny.ValuesPath, TinyTrainedModel.ValuesPerKind + 1, []);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains("need at least 3 seen name values that occur in the training dialogues, found 2", run.Error);
    }

    [Fact]
    public async Task A_chit_chat_set_is_scored_next_to_the_n_grams()
    {
        var chitChat = tiny.Folder.Write("chitchat/small-talk.yml", """
            categories:
            - greetings
            conversations:
            - - Hello there
              - Hi! How are you?
              - Fine, thanks.
              - Glad to hear it.
            - - Olá
              - Oi, tudo bem?
            """);
        var outDirectory = tiny.Folder.File("run-chitchat");

        var run = await Quality(outDirectory, "--decoding", "greedy", "--chitchat", chitChat);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDirectory, "quality.json")));
        Assert.Equal(2, json.RootElement.GetProperty("chitchat.dialogues").GetDouble());
        Assert.Equal(3, json.RootElement.GetProperty("chitchat.replies").GetDouble());
        foreach (var key in new[] { "chitchat.bpc", "chitchat.bpc_reset", "chitchat.ngram_bpc.5", "chitchat.ngram_bpc.7" })
        {
            Assert.True(json.RootElement.GetProperty(key).GetDouble() > 0, key);
        }
        Assert.Contains("| chit-chat (unseen corpus) |", run.Output);
    }

    [Fact]
    public async Task Without_a_chit_chat_set_the_row_is_left_out_with_a_warning()
    {
        var run = await Quality(tiny.Folder.File("run-no-chitchat"), "--decoding", "greedy");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("no chit-chat set", run.Error);
        Assert.DoesNotContain("chit-chat (unseen corpus)", run.Output);
    }

    [Fact]
    public async Task A_malformed_chit_chat_file_fails_naming_the_file_and_line()
    {
        var chitChat = tiny.Folder.Write("bad-chitchat.yml", "conversations:\n- - Hello\n  - [unclosed\n");

        var run = await Quality(tiny.Folder.File("run-bad-chitchat"), "--decoding", "greedy", "--chitchat", chitChat);

        Assert.Equal(ExitCodes.DataError, run.ExitCode);
        Assert.Contains("bad-chitchat.yml:", run.Error);
        Assert.False(run.HasStackTrace);
    }

    private Task<CliRun> Quality(string outDirectory, params string[] extra) => Run(outDirectory, tiny.ValuesPath, TinyTrainedModel.ValuesPerKind, extra);

    private Task<CliRun> Run(string outDirectory, string valuesPath, int probesPerKind, string[] extra) => CliRun.InAsync(tiny.Folder,
    [
        "quality", "--model", tiny.ModelPath, "--corpus", tiny.CorpusPath, "--values", valuesPath, "--out", outDirectory,
        "--probes-per-kind", $"{probesPerKind}", "--beam-probes-per-kind", "1", "--beam-dialogues", "1", "--seed", "5", .. extra,
    ]);

    private static string Numbers(string outDirectory)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDirectory, "quality.json")));
        return string.Join('\n', json.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).Select(p => $"{p.Name}={p.Value.GetRawText()}"));
    }
}
