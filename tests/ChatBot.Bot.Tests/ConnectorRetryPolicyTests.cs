using System.Net;
using ChatBot.Bot.Endpoints;
using Polly;
using Polly.Timeout;

namespace ChatBot.Bot.Tests;

/// <summary>Only a call to the channel that cannot have been acted on is retried.</summary>
public sealed class ConnectorRetryPolicyTests
{
    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.BadGateway, false)]
    [InlineData(HttpStatusCode.GatewayTimeout, false)]
    [InlineData(HttpStatusCode.RequestTimeout, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void A_status_is_retried_only_when_the_channel_refused_the_call(HttpStatusCode status, bool retried)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(retried, ConnectorRetryPolicy.ShouldRetry(Outcome.FromResult(response)));
    }

    [Fact]
    public void A_connection_that_was_never_made_is_retried() =>
        Assert.True(ConnectorRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"))));

    [Fact]
    public void A_connection_that_broke_while_the_reply_was_in_flight_is_not_retried() =>
        Assert.False(ConnectorRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely"))));

    [Fact]
    public void An_attempt_that_timed_out_is_not_retried() =>
        Assert.False(ConnectorRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
}
