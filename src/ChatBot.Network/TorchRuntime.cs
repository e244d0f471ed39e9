using System.Runtime.InteropServices;

namespace ChatBot.Network;

/// <summary>Process-wide native settings for libtorch; call <see cref="Configure"/> once at start-up, before the first tensor.</summary>
public static partial class TorchRuntime
{
    private const int MallocTrimThreshold = -1;
    private const int MallocMmapThreshold = -3;

    /// <summary>
    /// Caps torch's intra-op threads and, on Linux, tells glibc's malloc to keep freed memory: libtorch's LSTM runs
    /// through oneDNN, which allocates large workspaces on every call; with default malloc each one is mmap'ed and
    /// page-faulted anew, which made training about 3× slower on the project's machine (docs/performance.md).
    /// </summary>
    /// <remarks>
    /// Also raises oneDNN's primitive cache from 1,024 to <see cref="PrimitiveCacheCapacity"/> entries (unless the
    /// environment already sets it): the trainer runs rows of many lengths, so its LSTM calls come in thousands of
    /// shapes, and with the default cache most of them were built anew (with JIT code generation) on every step;
    /// keeping them made training steps about 15–20 % faster. oneDNN reads the setting at its first use, hence here.
    /// </remarks>
    /// <param name="threads">Intra-op threads; 0 or less uses every core.</param>
    public static void Configure(int threads)
    {
        if (OperatingSystem.IsLinux())
        {
            _ = mallopt(MallocMmapThreshold, 1 << 30);
            _ = mallopt(MallocTrimThreshold, int.MaxValue);
            _ = setenv(PrimitiveCacheVariable, PrimitiveCacheCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture), overwrite: 0);
        }
        TorchSharp.torch.set_num_threads(threads > 0 ? threads : Environment.ProcessorCount);
    }

    /// <summary>oneDNN primitive cache entries set by <see cref="Configure"/>.</summary>
    public const int PrimitiveCacheCapacity = 65536;

    private const string PrimitiveCacheVariable = "ONEDNN_PRIMITIVE_CACHE_CAPACITY";

    [LibraryImport("libc.so.6")]
    private static partial int mallopt(int parameter, int value);

    // .NET's Environment.SetEnvironmentVariable does not reach the native environment that oneDNN reads.
    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}
