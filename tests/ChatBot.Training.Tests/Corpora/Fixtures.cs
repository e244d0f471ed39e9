namespace ChatBot.Training.Tests.Corpora;

/// <summary>Paths of the hand-written sample files copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static string PathOf(string relativePath) =>
        Path.Combine(AppContext.BaseDirectory, "Corpora", "Fixtures", relativePath.Replace('/', Path.DirectorySeparatorChar));
}
