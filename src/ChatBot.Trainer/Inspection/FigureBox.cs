namespace ChatBot.Trainer.Inspection;

/// <summary>A filled rectangle, optionally with a character in it; <see cref="Data"/> becomes data-* attributes on the page (ignored in the PNG).</summary>
public sealed record FigureBox(double X, double Y, double Width, double Height, Rgb Fill, string? Tooltip = null,
    IReadOnlyDictionary<string, string>? Data = null, string? Text = null, Rgb? TextColour = null);
