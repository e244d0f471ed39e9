// MSBuild inline task (compiled by RoslynCodeTaskFactory). Marks one GLIBCXX version requirement of
// libLibTorchSharp.so as weak (VER_FLG_WEAK) so glibc's loader accepts a libstdc++ that lacks it.
// Only the output copy is touched, via a temp file + rename, and only when the system library lacks
// the version; everywhere else this is a no-op.
public class WeakenGlibcxxRequirement : Microsoft.Build.Utilities.Task
{
    public string Folder { get; set; } = "";
    public string SystemLibrary { get; set; } = "";
    public string Version { get; set; } = "";

    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlagWeak = 0x2;

    public override bool Execute()
    {
        if (!System.IO.Directory.Exists(Folder)) return true;
        if (SystemHasVersion()) return true;

        foreach (var stale in System.IO.Directory.GetDirectories(Folder, "cpu", System.IO.SearchOption.TopDirectoryOnly))
        {
            // TorchSharp's fallback loader may leave a cpu/ folder of unpatched copies next to the output.
            System.IO.Directory.Delete(stale, recursive: true);
        }

        foreach (var path in System.IO.Directory.GetFiles(Folder, "libLibTorchSharp.so", System.IO.SearchOption.AllDirectories))
        {
            var bytes = System.IO.File.ReadAllBytes(path);
            string error;
            var result = Patch(bytes, out error);
            if (error != null)
            {
                Log.LogError("Cannot weaken {0} in {1}: {2}", Version, path, error);
                return false;
            }
            if (result == "patched")
            {
                var temp = path + ".patching";
                System.IO.File.WriteAllBytes(temp, bytes);
                // netstandard has no File.Move(overwrite); Replace is an atomic rename on the same folder.
                System.IO.File.Replace(temp, path, null);
                Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Normal, "Marked {0} weak in {1}", Version, path);
            }
        }
        return true;
    }

    private bool SystemHasVersion()
    {
        var needle = System.Text.Encoding.ASCII.GetBytes(Version + "\0");
        var haystack = System.IO.File.ReadAllBytes(SystemLibrary);
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
        {
            int j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j]) j++;
            if (j == needle.Length) return true;
        }
        return false;
    }

    // Returns "patched", "already" or "absent"; sets error for a malformed file.
    private string Patch(byte[] elf, out string error)
    {
        error = null;
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F' || elf[4] != 2 || elf[5] != 1)
        {
            error = "not a 64-bit little-endian ELF file";
            return null;
        }
        long shoff = (long)System.BitConverter.ToUInt64(elf, 0x28);
        int shentsize = System.BitConverter.ToUInt16(elf, 0x3A);
        int shnum = System.BitConverter.ToUInt16(elf, 0x3C);
        for (int i = 0; i < shnum; i++)
        {
            long sh = shoff + (long)i * shentsize;
            if (System.BitConverter.ToUInt32(elf, (int)sh + 4) != ShtGnuVerneed) continue;
            long offset = (long)System.BitConverter.ToUInt64(elf, (int)sh + 0x18);
            int link = (int)System.BitConverter.ToUInt32(elf, (int)sh + 0x28);
            long strtab = (long)System.BitConverter.ToUInt64(elf, (int)(shoff + (long)link * shentsize) + 0x18);

            long need = offset;
            while (true)
            {
                int auxCount = System.BitConverter.ToUInt16(elf, (int)need + 2);
                long aux = need + System.BitConverter.ToUInt32(elf, (int)need + 8);
                for (int a = 0; a < auxCount; a++)
                {
                    long name = strtab + System.BitConverter.ToUInt32(elf, (int)aux + 8);
                    if (ReadCString(elf, name) == Version)
                    {
                        int flagsAt = (int)aux + 4;
                        ushort flags = System.BitConverter.ToUInt16(elf, flagsAt);
                        if ((flags & VerFlagWeak) != 0) return "already";
                        flags |= VerFlagWeak;
                        elf[flagsAt] = (byte)(flags & 0xff);
                        elf[flagsAt + 1] = (byte)(flags >> 8);
                        return "patched";
                    }
                    uint nextAux = System.BitConverter.ToUInt32(elf, (int)aux + 12);
                    if (nextAux == 0) break;
                    aux += nextAux;
                }
                uint nextNeed = System.BitConverter.ToUInt32(elf, (int)need + 12);
                if (nextNeed == 0) break;
                need += nextNeed;
            }
        }
        return "absent";
    }

    private static string ReadCString(byte[] data, long start)
    {
        long end = start;
        while (end < data.Length && data[end] != 0) end++;
        return System.Text.Encoding.ASCII.GetString(data, (int)start, (int)(end - start));
    }
}
