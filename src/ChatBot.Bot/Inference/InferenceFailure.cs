namespace ChatBot.Bot.Inference;

/// <summary>Why a turn got the fallback reply instead of the model's.</summary>
public enum InferenceFailure
{
    None,
    /// <summary>Generation took longer than Bot:Inference:Timeout and was cancelled.</summary>
    Timeout,
    /// <summary>Too many recent turns failed; the circuit breaker answers with the fallback without trying.</summary>
    CircuitOpen,
    /// <summary>The model threw.</summary>
    ModelError,
    /// <summary>No model is loaded.</summary>
    NoModel,
    /// <summary>Another writer kept replacing the conversation's state (only possible with several bot processes on one store).</summary>
    WriteConflict,
}
