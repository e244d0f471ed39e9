namespace ChatBot.Bot.Models;

/// <summary>No model is loaded (start-up has not finished loading it).</summary>
public sealed class ModelUnavailableException() : Exception("No model is loaded yet.");
