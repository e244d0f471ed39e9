namespace ChatBot.Bot.Tests.Hosting;

/// <summary>The checkout the tests run in, for the files a user of it would use (the shipped model, settings, docs).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "ChatBot.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("The tests run outside the repository: ChatBot.sln not found above " + AppContext.BaseDirectory);
    }
}
