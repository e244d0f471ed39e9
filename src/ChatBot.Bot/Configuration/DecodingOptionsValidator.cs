using ChatBot.Model.Decoding;
using Microsoft.Extensions.Options;

namespace ChatBot.Bot.Configuration;

/// <summary>Checks the bot's decoding ("Bot:Decoding", bound straight to <see cref="DecodingOptions"/>) with the ranges the options declare.</summary>
internal sealed class DecodingOptionsValidator : IValidateOptions<DecodingOptions>
{
    public const string SectionName = "Bot:Decoding";

    public ValidateOptionsResult Validate(string? name, DecodingOptions options)
    {
        var problems = new OptionsProblems();
        foreach (var (setting, problem) in options.Problems())
        {
            problems.Check(false, $"{SectionName}:{setting}", problem);
        }
        return problems.ToResult();
    }
}
