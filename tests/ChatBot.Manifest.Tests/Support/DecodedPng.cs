using SkiaSharp;

namespace ChatBot.Manifest.Tests.Support;

/// <summary>A PNG decoded by SkiaSharp to unpremultiplied RGBA, so each pixel's colour is seen as stored.</summary>
internal sealed record DecodedPng(int Width, int Height, SKColor[] Pixels)
{
    public static DecodedPng Read(string path)
    {
        using var codec = SKCodec.Create(path) ?? throw new InvalidOperationException($"{path} cannot be decoded");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            throw new InvalidOperationException($"{path}: decoding stopped with {result}");
        }

        var bytes = bitmap.GetPixelSpan();
        var pixels = new SKColor[info.Width * info.Height];
        for (var index = 0; index < pixels.Length; index++)
        {
            pixels[index] = new SKColor(bytes[4 * index], bytes[4 * index + 1], bytes[4 * index + 2], bytes[4 * index + 3]);
        }

        return new DecodedPng(info.Width, info.Height, pixels);
    }
}
