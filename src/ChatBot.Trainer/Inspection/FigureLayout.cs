namespace ChatBot.Trainer.Inspection;

/// <summary>The whole figure, in pixels: drawn the same way to SVG (the page) and to PNG.</summary>
public sealed record FigureLayout(double Width, double Height, IReadOnlyList<FigureLabel> Header, IReadOnlyList<FigureBox> HeaderBoxes, IReadOnlyList<FigureGroup> Turns);
