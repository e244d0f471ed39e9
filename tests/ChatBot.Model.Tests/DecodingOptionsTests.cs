using ChatBot.Model.Decoding;

namespace ChatBot.Model.Tests;

/// <summary>The decoding settings' one declaration of their valid ranges, used by the bot and the trainer's commands.</summary>
public sealed class DecodingOptionsTests
{
    [Fact]
    public void The_defaults_are_usable()
    {
        Assert.Empty(new DecodingOptions().Problems());
    }

    [Theory]
    [InlineData(nameof(DecodingOptions.Temperature))]
    [InlineData(nameof(DecodingOptions.TopK))]
    [InlineData(nameof(DecodingOptions.TopP))]
    [InlineData(nameof(DecodingOptions.BeamWidth))]
    [InlineData(nameof(DecodingOptions.MaxReplyLength))]
    [InlineData(nameof(DecodingOptions.Strategy))]
    public void A_value_out_of_range_is_named_with_what_it_must_be(string setting)
    {
        var options = setting switch
        {
            nameof(DecodingOptions.Temperature) => new DecodingOptions { Temperature = 0 },
            nameof(DecodingOptions.TopK) => new DecodingOptions { TopK = -1 },
            nameof(DecodingOptions.TopP) => new DecodingOptions { TopP = 1.5 },
            nameof(DecodingOptions.BeamWidth) => new DecodingOptions { BeamWidth = DecodingOptions.MaxBeamWidth + 1 },
            nameof(DecodingOptions.MaxReplyLength) => new DecodingOptions { MaxReplyLength = 0 },
            _ => new DecodingOptions { Strategy = (DecodingStrategy)7 },
        };

        var problem = Assert.Single(options.Problems());
        Assert.Equal(setting, problem.Setting);
        Assert.StartsWith("must be", problem.Problem);
    }
}
