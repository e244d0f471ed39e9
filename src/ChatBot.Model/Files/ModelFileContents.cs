namespace ChatBot.Model.Files;

/// <summary>A model file read and checked: its metadata, its weights section as stored and as named parameters, and its fingerprint.</summary>
/// <param name="StateDict">The weights section's bytes (TorchSharp's state-dict format), for a trainer that rebuilds its network from them or writes them again.</param>
public sealed record ModelFileContents(ModelMetadata Metadata, byte[] StateDict, ModelWeights Weights, string Fingerprint);
