namespace ChatBot.Trainer.Inspection;

/// <summary>A line of text whose baseline starts at (X, Y).</summary>
public sealed record FigureLabel(double X, double Y, string Text, double Size = 11, bool Bold = false);
