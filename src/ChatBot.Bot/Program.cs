using ChatBot.Bot;
using Microsoft.Extensions.Options;

// Configuration: the top-level appsettings.json (read from the content root: the repository under `dotnet run`),
// then environment variables, then the command line. See README.md in this folder.
var app = BotApplication.Build(new WebApplicationOptions { Args = args });
try
{
    // Check the settings before the host starts, so a fresh clone with something to fix gets the list of what
    // to fix rather than the host's start-up failure log.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (StartupFailure.Describe(exception) is { } message)
{
    Console.Error.WriteLine(message);
    return 1;
}
