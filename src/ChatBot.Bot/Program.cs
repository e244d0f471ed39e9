using ChatBot.Bot;
using Microsoft.AspNetCore.Builder;

// Configuration: the top-level appsettings.json (read from the content root: the repository under `dotnet run`),
// then environment variables, then the command line. See README.md in this folder.
var app = BotApplication.Build(new WebApplicationOptions { Args = args });
try
{
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (StartupFailure.Describe(exception) is { } message)
{
    Console.Error.WriteLine(message);
    return 1;
}
