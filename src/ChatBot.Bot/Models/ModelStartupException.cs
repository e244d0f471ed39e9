namespace ChatBot.Bot.Models;

/// <summary>The model file named in the settings could not be loaded at start-up.</summary>
public sealed class ModelStartupException(string message) : InvalidOperationException(message);
