using System.Text;

namespace ChatBot.Training.Corpora;

/// <summary>File access shared by the corpus reader and the importers; every failure becomes a <see cref="CorpusFormatException"/>.</summary>
internal static class CorpusFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        // An unreadable sub-folder must surface as an error, not silently shrink the corpus.
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
    };

    /// <summary>
    /// The files a path names: the file itself, or the files of a folder (recursively) that <paramref name="include"/>
    /// accepts, in ordinal path order so every machine reads them in the same order.
    /// </summary>
    public static IReadOnlyList<string> Resolve(string path, Func<string, bool> include)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new CorpusFormatException(path, 0, "no such file or folder");
        }

        try
        {
            return Directory.EnumerateFiles(path, "*", Recursive)
                .Where(file => include(Path.GetFileName(file)))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CorpusFormatException(path, 0, $"cannot list the folder: {ex.Message}", ex);
        }
    }

    public static Func<string, bool> WithExtensions(params string[] extensions) =>
        name => extensions.Any(extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads a UTF-8 file as lines without their terminators (line n is element n−1), decoding strictly so that bad
    /// bytes are reported with their line instead of being replaced silently. A leading byte-order mark is dropped.
    /// </summary>
    public static IReadOnlyList<string> ReadUtf8Lines(string path)
    {
        var bytes = ReadAllBytes(path);
        var lines = new List<string>();
        var start = bytes.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        foreach (var (begin, length) in SplitLines(bytes, start))
        {
            try
            {
                lines.Add(StrictUtf8.GetString(bytes, begin, length));
            }
            catch (DecoderFallbackException ex)
            {
                var bad = ex.BytesUnknown is { Length: > 0 } unknown ? " (" + Convert.ToHexString(unknown) + ")" : "";
                throw new CorpusFormatException(path, lines.Count + 1, $"not valid UTF-8{bad}; save the file as UTF-8", ex);
            }
        }

        return lines;
    }

    /// <summary>Reads an ISO-8859-1 file as lines; every byte is a valid character there, so this cannot fail on content.</summary>
    public static IReadOnlyList<string> ReadLatin1Lines(string path)
    {
        var bytes = ReadAllBytes(path);
        return SplitLines(bytes, 0).Select(range => Encoding.Latin1.GetString(bytes, range.Begin, range.Length)).ToList();
    }

    private static byte[] ReadAllBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CorpusFormatException(path, 0, "no such file or folder", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CorpusFormatException(path, 0, $"cannot read the file: {ex.Message}", ex);
        }
    }

    /// <summary>Line ranges split at '\n' (a '\r' before it is dropped); a final terminator does not start another line.</summary>
    private static IEnumerable<(int Begin, int Length)> SplitLines(byte[] bytes, int start)
    {
        var begin = start;
        while (begin < bytes.Length)
        {
            var newline = Array.IndexOf(bytes, (byte)'\n', begin);
            var end = newline < 0 ? bytes.Length : newline;
            var length = end - begin;
            if (length > 0 && bytes[end - 1] == (byte)'\r')
            {
                length--;
            }

            yield return (begin, length);
            begin = end + 1;
        }
    }
}
