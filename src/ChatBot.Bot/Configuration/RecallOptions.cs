using ChatBot.Bot.Models;
using ChatBot.Model.Conversation;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>
/// The one place the bot's claim about its memory comes from: what the quality benchmark measured, for which model.
/// /about states it; the welcome and /help only point to /about, so no text promises more than was measured.
/// Section "Bot:Recall".
/// </summary>
public sealed class RecallOptions
{
    public const string SectionName = "Bot:Recall";

    /// <summary>
    /// Fingerprint of the model file the figures were measured on (/about shows it). A figure is a property of one
    /// model: after a retrained model is swapped in, /about says "not measured" until this is updated. Empty: nothing measured.
    /// </summary>
    public string ModelFingerprint { get; set; } = "";

    /// <summary>Facts (names, numbers…) stated earlier in a conversation that the model gave back when asked.</summary>
    public int Recalled { get; set; }

    /// <summary>Facts it was asked for.</summary>
    public int Asked { get; set; }

    /// <summary>When the benchmark was run.</summary>
    public DateOnly? MeasuredOn { get; set; }

    /// <returns>The measured recall of <paramref name="model"/>; null when the figures are for another model or there are none.</returns>
    public MeasuredRecall? For(ModelInfo model) =>
        ModelFingerprint.Length > 0 && MeasuredOn is { } measuredOn && string.Equals(ModelFingerprint, model.Fingerprint, StringComparison.Ordinal)
            ? new MeasuredRecall(Recalled, Asked, measuredOn)
            : null;
}

internal sealed class RecallOptionsValidator : IValidateOptions<RecallOptions>
{
    public ValidateOptionsResult Validate(string? name, RecallOptions options)
    {
        var problems = new OptionsProblems();
        const string prefix = RecallOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.ModelFingerprint))
        {
            problems.Check(options.Asked == 0 && options.Recalled == 0 && options.MeasuredOn is null, $"{prefix}:ModelFingerprint",
                "is empty but recall figures are set; name the model they were measured on (its fingerprint, as /about shows it)");
            return problems.ToResult();
        }
        problems.CheckRange(options.Asked, 1, int.MaxValue, $"{prefix}:Asked");
        problems.CheckRange(options.Recalled, 0, Math.Max(options.Asked, 0), $"{prefix}:Recalled");
        problems.Check(options.MeasuredOn is not null, $"{prefix}:MeasuredOn", "is required with a fingerprint (the benchmark's date, yyyy-MM-dd)");
        return problems.ToResult();
    }
}
