namespace ChatBot.Manifest.Cli;

/// <summary>Process exit codes of the packer (System.CommandLine itself returns 1 for unparsable arguments).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Missing or invalid app id, or a manifest/icon/settings file the packer cannot use.</summary>
    public const int InvalidInput = 2;

    /// <summary>The package or icons could not be written (permissions, disk full, ...).</summary>
    public const int WriteFailed = 3;
}
