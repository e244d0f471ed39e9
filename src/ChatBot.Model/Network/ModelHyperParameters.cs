namespace ChatBot.Model.Network;

/// <summary>The shape of the encoder/decoder; stored in the model file.</summary>
public sealed record ModelHyperParameters(int EmbeddingSize, int HiddenSize, int Layers, double Dropout)
{
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
    }
}
