namespace ChatBot.Manifest.Packaging;

/// <summary>The colour type byte of a PNG IHDR chunk (PNG specification, section 11.2.2).</summary>
public enum PngColorType : byte
{
    Greyscale = 0,
    Rgb = 2,
    Palette = 3,
    GreyscaleWithAlpha = 4,
    Rgba = 6,
}
