namespace ChatBot.Manifest.Packaging;

/// <summary>One file at the root of the Teams app package.</summary>
public sealed record PackageEntry(string Name, ReadOnlyMemory<byte> Content);
