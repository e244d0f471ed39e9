using System.IO.Compression;

namespace ChatBot.Manifest.Packaging;

/// <summary>
/// Writes the Teams app package: a zip whose entries all sit at its root (Teams rejects packages with folders).
/// </summary>
public sealed class TeamsAppPackageWriter
{
    // A fixed entry time makes the same inputs give a byte-identical package, whenever it is built.
    private static readonly DateTimeOffset EntryTimestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Task WriteAsync(string outputPath, IReadOnlyList<PackageEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            if (entry.Name.Length == 0 || entry.Name.Contains('/') || entry.Name.Contains('\\'))
            {
                throw new ManifestPackagingException($"'{entry.Name}' cannot go into the package: entries must be plain file names at its root");
            }
        }

        var duplicate = entries.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ManifestPackagingException($"'{duplicate.Key}' would appear twice in the package");
        }

        return AtomicFile.WriteAsync(outputPath, (stream, token) => WriteZipAsync(stream, entries, token), cancellationToken);
    }

    private static async Task WriteZipAsync(Stream stream, IReadOnlyList<PackageEntry> entries, CancellationToken cancellationToken)
    {
        await using var archive = await ZipArchive.CreateAsync(
            stream, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        foreach (var entry in entries)
        {
            var zipEntry = archive.CreateEntry(entry.Name, CompressionLevel.Optimal);
            zipEntry.LastWriteTime = EntryTimestamp;
            await using var entryStream = await zipEntry.OpenAsync(cancellationToken);
            await entryStream.WriteAsync(entry.Content, cancellationToken);
        }
    }
}
