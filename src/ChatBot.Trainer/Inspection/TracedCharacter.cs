namespace ChatBot.Trainer.Inspection;

/// <summary>One character and the network's state as it read or wrote it.</summary>
/// <param name="Symbol">The character (or a symbol such as &lt;unk&gt;).</param>
/// <param name="Gates">Per layer, the mean activity (0…1) of the input, forget and output gates over the layer's cells.</param>
/// <param name="Cells">The cell state c after this character, layer after layer [layers × hidden].</param>
/// <param name="Bits">Reply characters only: what the character cost the model, −log₂ p, in bits.</param>
/// <param name="Attention">Reply characters with attention only: the weight on each earlier user character, by its place in the conversation.</param>
/// <param name="Generator">Reply characters with attention only: the weight left to the generator (the sentinel).</param>
public sealed record TracedCharacter(
    string Symbol,
    IReadOnlyList<GateActivity> Gates,
    float[] Cells,
    double? Bits = null,
    IReadOnlyList<AttentionLink>? Attention = null,
    float? Generator = null);
