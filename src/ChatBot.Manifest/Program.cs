using ChatBot.Manifest.Cli;
using ChatBot.Manifest.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Inputs are found from the current folder first (the usual `dotnet run --project ...` from the checkout), then from
// the program's own folder (a run started elsewhere).
var repository = RepositoryLayout.Locate(Environment.CurrentDirectory, AppContext.BaseDirectory);

IHost host;
try
{
    host = PackagerHost.Build(repository);
}
catch (InvalidDataException exception)
{
    // A broken appsettings.json: the inner JSON error carries the line number.
    await Console.Error.WriteLineAsync($"error: {exception.Message} {exception.InnerException?.Message}");
    return ExitCodes.Usage;
}

using (host)
{
    var commandLine = host.Services.GetRequiredService<PackagerCommandLine>();
    return await commandLine.InvokeAsync(args, Console.Out, Console.Error, CancellationToken.None);
}
