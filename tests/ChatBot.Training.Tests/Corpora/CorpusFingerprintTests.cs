using System.Security.Cryptography;
using ChatBot.Training.Corpora;

namespace ChatBot.Training.Tests.Corpora;

public sealed class CorpusFingerprintTests
{
    private static readonly Dialogue[] Corpus =
    [
        new(["Hi", "Hello"], "a.txt", 1),
        new(["Olá", "Oi", "Tudo bem?", "Sim"], "b.txt", 4),
    ];

    [Fact]
    public void Compute_IsLowercaseHexSha256OfTheDocumentedLayout()
    {
        // Per dialogue: turn count, then per turn its UTF-8 length and bytes; lengths int32 little-endian.
        var expected = SHA256.HashData(
        [
            2, 0, 0, 0, 2, 0, 0, 0, .. "Hi"u8, 5, 0, 0, 0, .. "Hello"u8,
            4, 0, 0, 0, 4, 0, 0, 0, .. "Olá"u8, 2, 0, 0, 0, .. "Oi"u8, 9, 0, 0, 0, .. "Tudo bem?"u8, 3, 0, 0, 0, .. "Sim"u8,
        ]);

        var fingerprint = CorpusFingerprint.Compute(Corpus);

        Assert.Equal(Convert.ToHexStringLower(expected), fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", fingerprint);
    }

    [Fact]
    public void Compute_SameTurns_GiveTheSameFingerprintWhateverTheSourceFileAndLine()
    {
        Dialogue[] elsewhere = [new(["Hi", "Hello"], "other/place.txt", 90), new(["Olá", "Oi", "Tudo bem?", "Sim"])];

        Assert.Equal(CorpusFingerprint.Compute(Corpus), CorpusFingerprint.Compute(elsewhere));
    }

    [Fact]
    public void Compute_SwappingDialogues_ChangesTheFingerprint()
    {
        Assert.NotEqual(CorpusFingerprint.Compute(Corpus), CorpusFingerprint.Compute(Corpus.Reverse()));
    }

    [Fact]
    public void Compute_SwappingTurns_ChangesTheFingerprint()
    {
        Dialogue[] swapped = [new(["Hello", "Hi"]), Corpus[1]];

        Assert.NotEqual(CorpusFingerprint.Compute(Corpus), CorpusFingerprint.Compute(swapped));
    }

    [Fact]
    public void Compute_MovingADialogueBoundary_ChangesTheFingerprint()
    {
        Dialogue[] split = [new(["a", "b"]), new(["c", "d"])];
        Dialogue[] joined = [new(["a", "b", "c", "d"])];

        Assert.NotEqual(CorpusFingerprint.Compute(split), CorpusFingerprint.Compute(joined));
    }

    [Fact]
    public void Compute_MovingTextBetweenTurns_ChangesTheFingerprint()
    {
        Dialogue[] one = [new(["ab", "c"])];
        Dialogue[] other = [new(["a", "bc"])];

        Assert.NotEqual(CorpusFingerprint.Compute(one), CorpusFingerprint.Compute(other));
    }

    [Fact]
    public void Compute_IsUnchangedByAWriteAndReadRoundTrip()
    {
        using var folder = new TempFolder();
        var file = folder.Combine("corpus.txt");

        DialogueCorpusWriter.Write(file, Corpus);

        Assert.Equal(CorpusFingerprint.Compute(Corpus), CorpusFingerprint.Compute(DialogueCorpusReader.ReadFile(file)));
    }
}
