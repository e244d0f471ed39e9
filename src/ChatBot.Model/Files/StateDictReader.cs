using System.Buffers.Binary;
using System.Text;

namespace ChatBot.Model.Files;

/// <summary>
/// Reads the weights section of a model file without libtorch. The section is TorchSharp's state-dict format (what
/// <c>Module.save</c> writes): the entry count, then per entry its name (a .NET <c>BinaryWriter</c> string: 7-bit
/// encoded byte length, UTF-8), its element type, its rank and each dimension (all unsigned LEB128), then the raw
/// little-endian elements, row-major.
/// </summary>
/// <remarks>
/// Only the element types a chat model holds are read: float32 parameters and the int64 buffers of its case maps.
/// Anything else is an error rather than a guess, so a file from another tool never decodes into wrong numbers.
/// </remarks>
public static class StateDictReader
{
    // TorchSharp's ScalarType codes (PyTorch's c10 numbering).
    private const int Int64Code = 4;
    private const int Float32Code = 6;
    private const int MaxRank = 8;

    /// <summary>The entries in file order.</summary>
    /// <exception cref="ModelFileException">Truncated, over-long or with an element type other than float32 and int64.</exception>
    public static IReadOnlyList<StateDictEntry> Read(string path, ReadOnlySpan<byte> section)
    {
        var at = 0;
        var count = ReadCount(path, section, ref at, "the entry count");
        var entries = new List<StateDictEntry>();
        for (var index = 0; index < count; index++)
        {
            var nameLength = ReadCount(path, section, ref at, $"the length of entry {index}'s name");
            var name = Encoding.UTF8.GetString(Take(path, section, ref at, nameLength, $"entry {index}'s name"));
            var type = ReadCount(path, section, ref at, $"the element type of {name}");
            var elementSize = type switch
            {
                Float32Code => sizeof(float),
                Int64Code => sizeof(long),
                _ => throw new ModelFileException(path, $"the weights hold {name} with element type {type}; only float32 ({Float32Code}) and int64 ({Int64Code}) are read."),
            };
            var rank = ReadCount(path, section, ref at, $"the rank of {name}");
            if (rank > MaxRank)
            {
                throw new ModelFileException(path, $"the weights hold {name} with rank {rank} (at most {MaxRank} expected).");
            }
            var shape = new int[rank];
            long elements = 1;
            for (var axis = 0; axis < rank; axis++)
            {
                shape[axis] = ReadCount(path, section, ref at, $"dimension {axis} of {name}");
                elements *= shape[axis];
                if (elements * elementSize > section.Length)
                {
                    throw new ModelFileException(path, $"the weights are truncated: {name} needs more bytes than the section holds.");
                }
            }
            var data = Take(path, section, ref at, (int)elements * elementSize, $"the values of {name}");
            entries.Add(type == Float32Code
                ? StateDictEntry.OfFloats(name, shape, Floats(data))
                : StateDictEntry.OfLongs(name, shape, Longs(data)));
        }
        if (at != section.Length)
        {
            throw new ModelFileException(path, $"the weights section has {section.Length - at} bytes after its {count} entries.");
        }
        return entries;
    }

    private static float[] Floats(ReadOnlySpan<byte> data)
    {
        var values = new float[data.Length / sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(data[(i * sizeof(float))..]);
        }
        return values;
    }

    private static long[] Longs(ReadOnlySpan<byte> data)
    {
        var values = new long[data.Length / sizeof(long)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadInt64LittleEndian(data[(i * sizeof(long))..]);
        }
        return values;
    }

    private static ReadOnlySpan<byte> Take(string path, ReadOnlySpan<byte> section, ref int at, int length, string what)
    {
        if (length > section.Length - at)
        {
            throw new ModelFileException(path, $"the weights are truncated in {what}.");
        }
        var taken = section.Slice(at, length);
        at += length;
        return taken;
    }

    /// <summary>An unsigned LEB128 number that must fit an int (counts, lengths and dimensions of a chat model do).</summary>
    private static int ReadCount(string path, ReadOnlySpan<byte> section, ref int at, string what)
    {
        long value = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (at >= section.Length)
            {
                throw new ModelFileException(path, $"the weights are truncated in {what}.");
            }
            var next = section[at++];
            value |= (long)(next & 0x7f) << shift;
            if (value > int.MaxValue || shift > 28)
            {
                throw new ModelFileException(path, $"the weights give {what} beyond {int.MaxValue}.");
            }
            if ((next & 0x80) == 0)
            {
                return (int)value;
            }
        }
    }
}
