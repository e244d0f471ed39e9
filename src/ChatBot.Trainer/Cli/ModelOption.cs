using System.CommandLine;
using ChatBot.Training.Loop;

namespace ChatBot.Trainer.Cli;

/// <summary>--model PATH for the commands that read a trained model.</summary>
public sealed class ModelOption : Option<string?>
{
    public ModelOption(TrainerOptions configured)
        : base("--model")
    {
        Description = $"Model file to load. Default: setting Trainer:ModelPath (now: {configured.ModelPath}).";
        HelpName = "PATH";
    }
}
