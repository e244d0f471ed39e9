using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Training.Corpora;

/// <summary>Identifies a corpus by its content, so a model can record exactly which dialogues it was trained on.</summary>
public static class CorpusFingerprint
{
    /// <summary>
    /// Lowercase hex SHA-256 over the dialogues in order. Only the turns count, not file names or lines. Each dialogue
    /// is hashed as its turn count followed by each turn's UTF-8 byte length and bytes (lengths as 32-bit
    /// little-endian), so ["a","b"],["c","d"] and ["a","b","c","d"] differ.
    /// </summary>
    public static string Compute(IEnumerable<Dialogue> dialogues)
    {
        ArgumentNullException.ThrowIfNull(dialogues);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[sizeof(int)];
        foreach (var dialogue in dialogues)
        {
            BinaryPrimitives.WriteInt32LittleEndian(length, dialogue.Turns.Count);
            hash.AppendData(length);
            foreach (var turn in dialogue.Turns)
            {
                var bytes = Encoding.UTF8.GetBytes(turn);
                BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
                hash.AppendData(length);
                hash.AppendData(bytes);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
