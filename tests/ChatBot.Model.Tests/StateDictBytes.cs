using System.Text;
using ChatBot.Model.Files;

namespace ChatBot.Model.Tests;

/// <summary>Writes state-dict entries in TorchSharp's layout, so tests can build weights sections libtorch never wrote.</summary>
internal static class StateDictBytes
{
    public static byte[] Write(IEnumerable<StateDictEntry> entries)
    {
        var list = entries.ToList();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            // TorchSharp's unsigned LEB128 numbers are what BinaryWriter's 7-bit encoding writes for non-negative values.
            writer.Write7BitEncodedInt64(list.Count);
            foreach (var entry in list)
            {
                writer.Write(entry.Name);
                writer.Write7BitEncodedInt64(entry.Floats is null ? 4 : 6);
                writer.Write7BitEncodedInt64(entry.Shape.Count);
                foreach (var size in entry.Shape)
                {
                    writer.Write7BitEncodedInt64(size);
                }
                foreach (var value in entry.Floats ?? [])
                {
                    writer.Write(value);
                }
                foreach (var value in entry.Longs ?? [])
                {
                    writer.Write(value);
                }
            }
        }
        return stream.ToArray();
    }
}
