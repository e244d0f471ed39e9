namespace ChatBot.Bot.Models;

/// <summary>How often the serving model gave back a fact stated earlier in a conversation, as the quality benchmark measured it.</summary>
/// <param name="Recalled">Facts given back when asked for.</param>
/// <param name="Asked">Facts asked for (at least 1).</param>
public sealed record MeasuredRecall(int Recalled, int Asked, DateOnly MeasuredOn)
{
    public double Share => (double)Recalled / Asked;
}
