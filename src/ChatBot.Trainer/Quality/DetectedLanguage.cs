namespace ChatBot.Trainer.Quality;

public enum DetectedLanguage
{
    Unknown,
    English,
    Portuguese,
}
