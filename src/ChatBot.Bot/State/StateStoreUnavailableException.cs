namespace ChatBot.Bot.State;

/// <summary>
/// The state store (or the lock service beside it) cannot be reached right now. The turn is answered with the
/// fallback reply and nothing is stored; the next turn tries again.
/// </summary>
public sealed class StateStoreUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
