namespace ChatBot.Manifest.Packaging;

/// <summary>
/// Bad input to the packer (manifest template, icons, app id). The message is meant for the user as it is and names
/// the file (and line, where known) at fault.
/// </summary>
public sealed class ManifestPackagingException(string message) : Exception(message);
