using System.Runtime.InteropServices;

namespace ChatBot.Model.Runtime;

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
    /// <param name="threads">Intra-op threads; 0 or less uses every core.</param>
    public static void Configure(int threads)
    {
        if (OperatingSystem.IsLinux())
        {
            _ = mallopt(MallocMmapThreshold, 1 << 30);
            _ = mallopt(MallocTrimThreshold, int.MaxValue);
        }
        TorchSharp.torch.set_num_threads(threads > 0 ? threads : Environment.ProcessorCount);
    }

    [LibraryImport("libc.so.6")]
    private static partial int mallopt(int parameter, int value);
}
