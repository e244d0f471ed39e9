namespace ChatBot.Model.Decoding;

public enum DecodingStrategy
{
    Greedy,
    Sample,
    Beam,
}
