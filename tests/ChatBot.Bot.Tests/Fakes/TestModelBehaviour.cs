namespace ChatBot.Bot.Tests.Fakes;

/// <summary>Faults a test injects into every <see cref="CountingTestModel"/> of one bot; changeable while it runs.</summary>
public sealed class TestModelBehaviour
{
    /// <summary>Each turn takes this long (cooperatively: a cancelled token ends it at once).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>When set, only turns whose text contains this are delayed (not, say, a new model's trial turn).</summary>
    public string? DelayOnlyFor { get; set; }

    /// <summary>When set, every reply has this text (the state still advances).</summary>
    public string? ReplyText { get; set; }

    /// <summary>Each turn throws.</summary>
    public bool Fail { get; set; }

    /// <summary>The turn ignores its cancellation token while delaying (a misbehaving model).</summary>
    public bool IgnoreCancellation { get; set; }
}
