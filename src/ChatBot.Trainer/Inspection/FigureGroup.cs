namespace ChatBot.Trainer.Inspection;

/// <summary>One turn's block of the figure (a group on the page, so a test can count the rows).</summary>
public sealed record FigureGroup(int Turn, IReadOnlyList<FigureBox> Boxes, IReadOnlyList<FigureLabel> Labels);
