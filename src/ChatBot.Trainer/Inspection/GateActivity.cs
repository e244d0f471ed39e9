namespace ChatBot.Trainer.Inspection;

/// <summary>Mean gate activities of one layer for one character.</summary>
public readonly record struct GateActivity(float Input, float Forget, float Output);
