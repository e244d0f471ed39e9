using ChatBot.Trainer.Hosting;

namespace ChatBot.Trainer;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var interrupt = new CancellationTokenSource();
        // First Ctrl+C: ask the command to stop cleanly (training writes a checkpoint). Second: end the process now;
        // files are written atomically, so nothing half-written is left behind where the bot would read it.
        Console.CancelKeyPress += (_, press) =>
        {
            if (interrupt.IsCancellationRequested)
            {
                return;
            }
            press.Cancel = true;
            Console.Error.WriteLine("Stopping after the current step (Ctrl+C again to abort at once)...");
            interrupt.Cancel();
        };
        var app = new TrainerApp(TrainerEnvironment.FromProcess());
        return await app.RunAsync(args, Console.Out, Console.Error, Console.In, interrupt.Token);
    }
}
