namespace ChatBot.Manifest.Packaging;

/// <summary>What Teams demands of one of the two icons named in the manifest's <c>icons</c> object.</summary>
public sealed record TeamsIconRequirement(string ManifestKey, int Size, bool WhiteOnTransparent)
{
    /// <summary>Full-colour icon, 192×192.</summary>
    public static TeamsIconRequirement Color { get; } = new("color", 192, WhiteOnTransparent: false);

    /// <summary>32×32 outline icon: white pixels (any alpha) on a transparent background.</summary>
    public static TeamsIconRequirement Outline { get; } = new("outline", 32, WhiteOnTransparent: true);
}
