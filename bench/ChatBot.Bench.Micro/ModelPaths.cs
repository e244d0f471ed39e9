namespace ChatBot.Bench.Micro;

internal static class ModelPaths
{
    /// <summary>CHATBOT_BENCH_MODEL, else models/default.chatbot under the working directory (the repository root under dotnet run).</summary>
    public static string Default =>
        Environment.GetEnvironmentVariable("CHATBOT_BENCH_MODEL") is { Length: > 0 } path ? path : Path.GetFullPath("models/default.chatbot");
}
