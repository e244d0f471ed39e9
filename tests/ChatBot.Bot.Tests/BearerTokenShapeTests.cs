using System.Buffers.Text;
using System.Text;
using ChatBot.Bot.Endpoints;

namespace ChatBot.Bot.Tests;

public sealed class BearerTokenShapeTests
{
    private static string Part(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void An_RS256_signed_bearer_token_is_plausible()
    {
        Assert.True(BearerTokenShape.IsPlausible($"Bearer {Part("{\"alg\":\"RS256\",\"kid\":\"k\"}")}.{Part("{}")}.{Part("sig")}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer abc")]
    [InlineData("Bearer a.b")]
    [InlineData("Bearer !!.??.**")]
    public void Anything_that_is_not_a_three_part_bearer_token_is_not(string? header)
    {
        Assert.False(BearerTokenShape.IsPlausible(header));
    }

    [Theory]
    [InlineData("{\"alg\":\"none\"}")]
    [InlineData("{\"alg\":\"HS256\"}")]
    [InlineData("{}")]
    [InlineData("[1]")]
    public void A_token_not_signed_with_RS256_is_not(string header)
    {
        Assert.False(BearerTokenShape.IsPlausible($"Bearer {Part(header)}.{Part("{}")}.{Part("sig")}"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1]")]
    [InlineData("\"text\"")]
    public void A_token_whose_payload_is_not_a_JSON_object_is_not(string payload)
    {
        Assert.False(BearerTokenShape.IsPlausible($"Bearer {Part("{\"alg\":\"RS256\"}")}.{Part(payload)}.{Part("sig")}"));
    }
}
