using System.Buffers.Binary;

namespace ChatBot.Manifest.Packaging;

/// <summary>
/// The image header (IHDR) of a PNG file: enough to check icon sizes without decoding pixels.
/// </summary>
public readonly record struct PngHeader(int Width, int Height, byte BitDepth, PngColorType ColorType)
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private const int IhdrDataLength = 13;

    /// <summary>
    /// Reads the header; false when the data is not a PNG (wrong signature, or IHDR not the first chunk, which the
    /// specification requires).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> data, out PngHeader header)
    {
        header = default;
        // signature, chunk length, chunk type, then the IHDR fields
        if (data.Length < Signature.Length + 8 + IhdrDataLength || !data[..Signature.Length].SequenceEqual(Signature))
        {
            return false;
        }

        var chunk = data[Signature.Length..];
        var length = BinaryPrimitives.ReadUInt32BigEndian(chunk);
        if (length != IhdrDataLength || !chunk.Slice(4, 4).SequenceEqual("IHDR"u8))
        {
            return false;
        }

        var fields = chunk.Slice(8, IhdrDataLength);
        var width = BinaryPrimitives.ReadUInt32BigEndian(fields);
        var height = BinaryPrimitives.ReadUInt32BigEndian(fields[4..]);
        if (width == 0 || height == 0 || width > int.MaxValue || height > int.MaxValue)
        {
            return false;
        }

        header = new PngHeader((int)width, (int)height, fields[8], (PngColorType)fields[9]);
        return true;
    }
}
