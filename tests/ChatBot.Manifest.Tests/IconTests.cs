using ChatBot.Manifest.Icons;
using ChatBot.Manifest.Packaging;
using ChatBot.Manifest.Tests.Support;

namespace ChatBot.Manifest.Tests;

/// <summary>The committed icons, and the icons the generator draws, meet Teams' rules.</summary>
public sealed class IconTests
{
    public static TheoryData<string> IconSources => new() { "committed", "generated" };

    [Theory]
    [MemberData(nameof(IconSources))]
    public void ColorIcon_Is192By192(string which)
    {
        using var folder = new TemporaryFolder();
        var header = ReadHeader(ColorIconPath(which, folder));

        Assert.Equal((192, 192), (header.Width, header.Height));
    }

    [Theory]
    [MemberData(nameof(IconSources))]
    public void OutlineIcon_Is32By32WithAnAlphaChannel(string which)
    {
        using var folder = new TemporaryFolder();
        var header = ReadHeader(OutlineIconPath(which, folder));

        Assert.Equal((32, 32), (header.Width, header.Height));
        Assert.Equal(PngColorType.Rgba, header.ColorType);
    }

    [Theory]
    [MemberData(nameof(IconSources))]
    public void OutlineIcon_HoldsOnlyWhitePixelsOnATransparentBackground(string which)
    {
        using var folder = new TemporaryFolder();
        var icon = DecodedPng.Read(OutlineIconPath(which, folder));

        var visible = icon.Pixels.Where(pixel => pixel.Alpha != 0).ToList();

        Assert.All(visible, pixel => Assert.Equal((255, 255, 255), (pixel.Red, pixel.Green, pixel.Blue)));
        Assert.Contains(icon.Pixels, pixel => pixel.Alpha == 0);
        Assert.Contains(icon.Pixels, pixel => pixel.Alpha == 255);
        Assert.Equal(0, icon.Pixels[0].Alpha); // the corner is background
    }

    [Theory]
    [MemberData(nameof(IconSources))]
    public void ColorIcon_IsOpaqueAndInColour(string which)
    {
        using var folder = new TemporaryFolder();
        var icon = DecodedPng.Read(ColorIconPath(which, folder));

        Assert.All(icon.Pixels, pixel => Assert.Equal(255, pixel.Alpha));
        var distinctColours = icon.Pixels.Distinct().Count();
        Assert.True(distinctColours > 16, $"only {distinctColours} colours");
        Assert.Contains(icon.Pixels, pixel => pixel.Blue - pixel.Red > 64); // the blue-violet background
    }

    private static PngHeader ReadHeader(string path)
    {
        Assert.True(PngHeader.TryRead(File.ReadAllBytes(path), out var header), $"{path} has no PNG header");
        return header;
    }

    private static string ColorIconPath(string which, TemporaryFolder folder) =>
        which == "committed" ? RepositoryPaths.ColorIconPath : Generate(folder, new TeamsIconRenderer().RenderColorIcon(), "color.png");

    private static string OutlineIconPath(string which, TemporaryFolder folder) =>
        which == "committed" ? RepositoryPaths.OutlineIconPath : Generate(folder, new TeamsIconRenderer().RenderOutlineIcon(), "outline.png");

    private static string Generate(TemporaryFolder folder, byte[] png, string name)
    {
        var path = folder.Combine(name);
        File.WriteAllBytes(path, png);
        return path;
    }
}
