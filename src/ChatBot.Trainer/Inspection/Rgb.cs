namespace ChatBot.Trainer.Inspection;

/// <summary>An RGB colour.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public string Hex => $"#{R:x2}{G:x2}{B:x2}";

    /// <summary>The colour <paramref name="t"/> (0…1, clamped) of the way from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Rgb Mix(Rgb from, Rgb to, double t)
    {
        t = double.IsFinite(t) ? Math.Clamp(t, 0, 1) : 0;
        static byte Channel(byte a, byte b, double t) => (byte)Math.Round(a + (b - a) * t);
        return new Rgb(Channel(from.R, to.R, t), Channel(from.G, to.G, t), Channel(from.B, to.B, t));
    }
}
