using ChatBot.Manifest.Packaging;
using SkiaSharp;

namespace ChatBot.Manifest.Tests;

public sealed class PngHeaderTests
{
    [Fact]
    public void ReadsWidthHeightBitDepthAndColourTypeOfAnRgbaPng()
    {
        var png = EncodePng(width: 7, height: 3, SKAlphaType.Unpremul);

        Assert.True(PngHeader.TryRead(png, out var header));

        Assert.Equal(new PngHeader(7, 3, 8, PngColorType.Rgba), header);
    }

    [Fact]
    public void ReadsTheRgbColourTypeOfAnOpaquePng()
    {
        var png = EncodePng(width: 4, height: 9, SKAlphaType.Opaque);

        Assert.True(PngHeader.TryRead(png, out var header));

        Assert.Equal((4, 9, PngColorType.Rgb), (header.Width, header.Height, header.ColorType));
    }

    [Fact]
    public void RejectsDataWithoutThePngSignature()
    {
        var notPng = "GIF89a-not-a-png-at-all-but-long-enough"u8.ToArray();

        Assert.False(PngHeader.TryRead(notPng, out _));
    }

    [Fact]
    public void RejectsATruncatedHeader()
    {
        var png = EncodePng(width: 5, height: 5, SKAlphaType.Unpremul);

        Assert.False(PngHeader.TryRead(png.AsSpan(0, 20), out _));
    }

    private static byte[] EncodePng(int width, int height, SKAlphaType alphaType)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, alphaType));
        bitmap.Erase(new SKColor(10, 200, 30, alphaType == SKAlphaType.Opaque ? (byte)255 : (byte)128));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
