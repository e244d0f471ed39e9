using SkiaSharp;

namespace ChatBot.Manifest.Icons;

/// <summary>Pixel-level checks on PNG icons, decoded with SkiaSharp.</summary>
public static class IconPixels
{
    /// <summary>
    /// Decodes a PNG to unpremultiplied RGBA (so the colour of a half-transparent pixel is seen as stored).
    /// Null when the data cannot be decoded.
    /// </summary>
    public static SKColor[]? DecodeUnpremultiplied(ReadOnlySpan<byte> png, out int width, out int height)
    {
        width = height = 0;
        using var data = SKData.CreateCopy(png);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        // A truncated file decodes partly (IncompleteInput); that is no icon to ship either.
        if (codec.GetPixels(info, bitmap.GetPixels()) != SKCodecResult.Success)
        {
            return null;
        }

        width = info.Width;
        height = info.Height;
        var bytes = bitmap.GetPixelSpan();
        var pixels = new SKColor[width * height];
        for (var index = 0; index < pixels.Length; index++)
        {
            var offset = index * 4;
            pixels[index] = new SKColor(bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]);
        }

        return pixels;
    }

    /// <summary>
    /// The first pixel that breaks the outline-icon rule (every pixel is either fully transparent or white with any
    /// alpha), or null when there is none.
    /// </summary>
    public static (int X, int Y, SKColor Color)? FindNonWhiteVisiblePixel(ReadOnlySpan<SKColor> pixels, int width)
    {
        for (var index = 0; index < pixels.Length; index++)
        {
            var pixel = pixels[index];
            if (pixel.Alpha != 0 && (pixel.Red != 255 || pixel.Green != 255 || pixel.Blue != 255))
            {
                return (index % width, index / width, pixel);
            }
        }

        return null;
    }
}
