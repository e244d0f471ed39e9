using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Bot.State.Sqlite;

/// <summary>
/// The key of the keyed hash (HMAC-SHA256) under which the SQLite store keeps conversation ids: a stolen or backed-up
/// state file then names no conversation (Teams ids embed tenant and user ids), while the bot, holding the key, still
/// finds each conversation's row. The key comes from Bot:StateStore:IdHashKey, or from a file next to the data that
/// is generated on first start.
/// </summary>
public sealed class ConversationIdKey
{
    /// <summary>Bytes of a generated key; a configured one must have at least as many.</summary>
    public const int KeyBytes = 32;

    private readonly byte[] _key;

    private ConversationIdKey(byte[] key) => _key = key;

    /// <param name="configuredHex">Bot:StateStore:IdHashKey (hex), or empty to use <paramref name="keyFile"/>.</param>
    /// <param name="keyFile">Read when it exists, else created (0600) with a new random key.</param>
    public static ConversationIdKey Load(string configuredHex, string keyFile)
    {
        if (!string.IsNullOrWhiteSpace(configuredHex))
        {
            return new ConversationIdKey(Convert.FromHexString(configuredHex.Trim()));
        }
        string text;
        try
        {
            if (!File.Exists(keyFile))
            {
                try
                {
                    PrivateFiles.WriteNewFile(keyFile, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyBytes)) + "\n");
                }
                catch (IOException) when (File.Exists(keyFile))
                {
                    // Another start got there first: use its key.
                }
            }
            PrivateFiles.EnsureFile(keyFile);
            text = File.ReadAllText(keyFile).Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new StateStoreUnavailableException(
                $"The conversation id key file {keyFile} cannot be read or created ({exception.Message}); check the folder's permissions " +
                "or set Bot:StateStore:IdHashKey.", exception);
        }
        return IsKey(text)
            ? new ConversationIdKey(Convert.FromHexString(text))
            : throw new StateStoreUnavailableException(
                $"The conversation id key file {keyFile} does not hold a key of at least {KeyBytes * 2} hex digits; restore it from the backup " +
                "taken with the state file, or delete both to start every conversation afresh.");
    }

    /// <summary>Whether <paramref name="hex"/> is a usable key: at least <see cref="KeyBytes"/> bytes in hex.</summary>
    public static bool IsKey(string hex)
    {
        var trimmed = hex.Trim();
        return trimmed.Length >= KeyBytes * 2 && trimmed.Length % 2 == 0 && trimmed.All(char.IsAsciiHexDigit);
    }

    /// <summary>What the store keeps instead of <paramref name="conversationId"/>: 64 hex digits.</summary>
    public string Hash(string conversationId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(conversationId)));
}
