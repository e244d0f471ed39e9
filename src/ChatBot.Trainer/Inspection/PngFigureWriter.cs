using SkiaSharp;

namespace ChatBot.Trainer.Inspection;

/// <summary>The same figure as a PNG (the page's SVG drawn with SkiaSharp), for reports and chats that show images.</summary>
public static class PngFigureWriter
{
    public static byte[] Write(FigureLayout figure)
    {
        var width = (int)Math.Ceiling(figure.Width);
        var height = (int)Math.Ceiling(figure.Height);
        using var surface = SKSurface.Create(new SKImageInfo(width, height)) ?? throw new InvalidOperationException($"Cannot create a {width}×{height} image.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var fill = new SKPaint { IsAntialias = false };
        using var regular = new SKFont(SKTypeface.Default, 11);
        using var bold = new SKFont(SKTypeface.FromFamilyName("sans-serif", SKFontStyle.Bold) ?? SKTypeface.Default, 11);
        using var mono = new SKFont(SKTypeface.FromFamilyName("monospace") ?? SKTypeface.Default, 11);
        using var ink = new SKPaint { IsAntialias = true, Color = new SKColor(34, 34, 34) };

        void Draw(IEnumerable<FigureBox> boxes, IEnumerable<FigureLabel> labels)
        {
            foreach (var box in boxes)
            {
                fill.Color = new SKColor(box.Fill.R, box.Fill.G, box.Fill.B);
                canvas.DrawRect((float)box.X, (float)box.Y, (float)box.Width, (float)box.Height, fill);
                if (box.Text is not null)
                {
                    var colour = box.TextColour ?? new Rgb(0, 0, 0);
                    ink.Color = new SKColor(colour.R, colour.G, colour.B);
                    canvas.DrawText(box.Text, (float)(box.X + box.Width / 2), (float)(box.Y + box.Height - 5), SKTextAlign.Center, mono, ink);
                }
            }
            ink.Color = new SKColor(34, 34, 34);
            foreach (var label in labels)
            {
                var font = label.Bold ? bold : regular;
                font.Size = (float)label.Size;
                canvas.DrawText(label.Text, (float)label.X, (float)label.Y, SKTextAlign.Left, font, ink);
            }
        }

        Draw(figure.HeaderBoxes, figure.Header);
        foreach (var turn in figure.Turns)
        {
            Draw(turn.Boxes, turn.Labels);
        }
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
