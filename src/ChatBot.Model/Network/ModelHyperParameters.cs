using System.Text.Json.Serialization;

namespace ChatBot.Model.Network;

/// <summary>The shape of the encoder/decoder; stored in the model file.</summary>
/// <param name="MemoryLength">
/// How many of the conversation's most recent user characters the decoder can attend to and copy from (its memory,
/// carried across turns with (h, c)); 0 = no attention, the plain encoder/decoder.
/// </param>
/// <param name="AttentionSize">Width of the attention's keys and queries (0 when <paramref name="MemoryLength"/> is 0).</param>
/// <param name="MatchLength">
/// Copy continuation: how many of the decoder's latest inputs are compared (case-folded) with the characters before
/// each memory slot; a slot that follows a match of length k gets a learned, state-dependent bonus for k = 1…this.
/// 0 = none. Lets a copy that has started ("A", "An") continue at the right place ("Ana").
/// </param>
/// <param name="CaseCopy">The pointer may copy a character as typed, upper-cased or lower-cased (a learned three-way choice per step), so "copper" can start a reply as "Copper".</param>
public sealed record ModelHyperParameters(
    int EmbeddingSize,
    int HiddenSize,
    int Layers,
    double Dropout,
    // Left out of the JSON when 0, so models without attention keep their metadata, and therefore their fingerprint.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int MemoryLength = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int AttentionSize = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int MatchLength = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool CaseCopy = false)
{
    public const int MaxMatchLength = 8;

    public bool HasAttention => MemoryLength > 0;

    public void Validate()
    {
        if (EmbeddingSize <= 0 || HiddenSize <= 0 || Layers <= 0)
        {
            throw new ArgumentException($"Embedding size, hidden size and layers must be positive (got {EmbeddingSize}, {HiddenSize}, {Layers}).");
        }
        if (Dropout is < 0 or >= 1)
        {
            throw new ArgumentException($"Dropout must be in [0, 1) (got {Dropout}).");
        }
        if (MemoryLength < 0 || MemoryLength > ushort.MaxValue || AttentionSize < 0 || (MemoryLength > 0) != (AttentionSize > 0))
        {
            throw new ArgumentException($"Memory length (0…65535) and attention size must both be positive or both 0 (got {MemoryLength}, {AttentionSize}).");
        }
        if (MatchLength is < 0 or > MaxMatchLength || ((MatchLength > 0 || CaseCopy) && !HasAttention))
        {
            throw new ArgumentException($"Match length must be 0…{MaxMatchLength}, and match length and case copying need attention (got {MatchLength}, {CaseCopy}, memory {MemoryLength}).");
        }
    }
}
