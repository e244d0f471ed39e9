namespace ChatBot.Model.Files;

/// <summary>One tensor of a state dict: its name, shape and values (row-major), float32 or int64.</summary>
public sealed class StateDictEntry
{
    private StateDictEntry(string name, int[] shape, float[]? floats, long[]? longs)
    {
        Name = name;
        Shape = shape;
        Floats = floats;
        Longs = longs;
    }

    public string Name { get; }

    public IReadOnlyList<int> Shape { get; }

    /// <summary>The values of a float32 tensor; null for an int64 one.</summary>
    public float[]? Floats { get; }

    /// <summary>The values of an int64 tensor; null for a float32 one.</summary>
    public long[]? Longs { get; }

    public string TypeName => Floats is null ? "int64" : "float32";

    public string ShapeText => "[" + string.Join(", ", Shape) + "]";

    public static StateDictEntry OfFloats(string name, int[] shape, float[] values) => new(name, shape, values, null);

    public static StateDictEntry OfLongs(string name, int[] shape, long[] values) => new(name, shape, null, values);
}
