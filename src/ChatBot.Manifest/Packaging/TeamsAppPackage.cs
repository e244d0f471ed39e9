namespace ChatBot.Manifest.Packaging;

/// <summary>A package the packer wrote: where, and which root entries it holds.</summary>
public sealed record TeamsAppPackage(string Path, IReadOnlyList<string> EntryNames);
