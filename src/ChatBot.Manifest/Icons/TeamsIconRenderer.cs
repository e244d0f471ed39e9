using ChatBot.Manifest.Packaging;
using SkiaSharp;

namespace ChatBot.Manifest.Icons;

/// <summary>
/// Draws the app's two Teams icons from simple shapes (no fonts, so the result does not depend on the machine):
/// a speech bubble holding a chain of three recurrent cells, the second joined back to the first by a loop.
/// </summary>
public sealed class TeamsIconRenderer
{
    private static readonly SKColor GradientStart = new(0x4C, 0x6E, 0xF5);
    private static readonly SKColor GradientEnd = new(0x70, 0x48, 0xE8);
    private static readonly SKColor CellColor = new(0x3B, 0x5B, 0xDB);

    /// <summary>The 192×192 full-colour icon: white bubble and blue cells on an opaque blue-violet gradient.</summary>
    public byte[] RenderColorIcon()
    {
        var size = TeamsIconRequirement.Color.Size;
        var info = new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException("SkiaSharp could not create a raster surface");
        var canvas = surface.Canvas;

        using (var background = new SKPaint())
        {
            background.IsAntialias = true;
            background.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(size, size), [GradientStart, GradientEnd], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, size, size, background);
        }

        using (var bubble = BubblePath(scale: size / 32f))
        using (var white = new SKPaint { IsAntialias = true, Color = SKColors.White, Style = SKPaintStyle.Fill })
        {
            canvas.DrawPath(bubble, white);
        }

        DrawCells(canvas, scale: size / 32f, CellColor, strokeWidth: 6f);

        using var image = surface.Snapshot();
        return Encode(image);
    }

    /// <summary>
    /// The 32×32 outline icon. The shapes are drawn as coverage only (alpha), then written as white with that alpha,
    /// so no anti-aliased edge can pick up a non-white colour.
    /// </summary>
    public byte[] RenderOutlineIcon()
    {
        var size = TeamsIconRequirement.Outline.Size;
        using var coverage = new SKBitmap(new SKImageInfo(size, size, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(coverage))
        {
            canvas.Clear(SKColors.Transparent);
            using var bubble = BubblePath(scale: 1f);
            using var stroke = new SKPaint
            {
                IsAntialias = true,
                Color = SKColors.White,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = 2f,
                StrokeJoin = SKStrokeJoin.Round,
            };
            canvas.DrawPath(bubble, stroke);
            DrawCells(canvas, scale: 1f, SKColors.White, strokeWidth: 1.25f);
        }

        var alpha = coverage.GetPixelSpan();
        var rgba = new byte[size * size * 4];
        for (var index = 0; index < alpha.Length; index++)
        {
            var visible = alpha[index] != 0;
            rgba[index * 4] = rgba[index * 4 + 1] = rgba[index * 4 + 2] = visible ? (byte)255 : (byte)0;
            rgba[index * 4 + 3] = alpha[index];
        }

        var info = new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var image = SKImage.FromPixelCopy(info, rgba, info.RowBytes)
            ?? throw new InvalidOperationException("SkiaSharp could not wrap the outline pixels");
        return Encode(image);
    }

    /// <summary>The speech bubble on a 32-unit grid: a rounded box with a tail at its lower left.</summary>
    private static SKPath BubblePath(float scale)
    {
        using var box = new SKPath();
        box.AddRoundRect(new SKRect(3f * scale, 5f * scale, 29f * scale, 23f * scale), 6f * scale, 6f * scale);
        using var tail = new SKPath();
        tail.MoveTo(8f * scale, 21f * scale);
        tail.LineTo(6.5f * scale, 28.5f * scale);
        tail.LineTo(15f * scale, 21f * scale);
        tail.Close();
        return box.Op(tail, SKPathOp.Union)
            ?? throw new InvalidOperationException("SkiaSharp could not join the bubble outline");
    }

    /// <summary>Three cells in a row joined by links, and a recurrent loop from the middle cell back to the first.</summary>
    private static void DrawCells(SKCanvas canvas, float scale, SKColor color, float strokeWidth)
    {
        float[] centres = [10.5f, 16f, 21.5f];
        const float row = 15.5f;
        const float radius = 2.1f;
        using var fill = new SKPaint { IsAntialias = true, Color = color, Style = SKPaintStyle.Fill };
        using var line = new SKPaint
        {
            IsAntialias = true,
            Color = color,
            Style = SKPaintStyle.Stroke,
            StrokeWidth = strokeWidth,
            StrokeCap = SKStrokeCap.Round,
        };

        canvas.DrawLine(centres[0] * scale, row * scale, centres[^1] * scale, row * scale, line);
        foreach (var x in centres)
        {
            canvas.DrawCircle(x * scale, row * scale, radius * scale, fill);
        }

        using var loop = new SKPath();
        loop.MoveTo(centres[1] * scale, (row - radius) * scale);
        loop.CubicTo(
            centres[1] * scale, (row - 6.5f) * scale,
            centres[0] * scale, (row - 6.5f) * scale,
            centres[0] * scale, (row - radius - 0.5f) * scale);
        canvas.DrawPath(loop, line);
    }

    private static byte[] Encode(SKImage image)
    {
        using var png = image.Encode(SKEncodedImageFormat.Png, quality: 100)
            ?? throw new InvalidOperationException("SkiaSharp could not encode the icon as PNG");
        return png.ToArray();
    }
}
