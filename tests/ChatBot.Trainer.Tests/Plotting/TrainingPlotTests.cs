using System.Buffers.Binary;
using ChatBot.Trainer.Metrics;
using ChatBot.Trainer.Plotting;

namespace ChatBot.Trainer.Tests.Plotting;

public sealed class TrainingPlotTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_plot_is_a_png_image_of_the_documented_size()
    {
        var png = TrainingPlot.RenderPng(History(), "test run");

        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(TrainingPlot.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(TrainingPlot.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void The_plot_draws_the_curves()
    {
        // Curves, markers and a legend add detail that compresses far worse than empty axes.
        var empty = TrainingPlot.RenderPng([], "test run");
        var drawn = TrainingPlot.RenderPng(History(), "test run");

        Assert.True(drawn.Length > empty.Length + 5_000, $"plot with data {drawn.Length} bytes, without {empty.Length}");
    }

    [Fact]
    public void Writing_the_plot_replaces_the_file_and_leaves_no_temporary_file()
    {
        var path = _folder.Write("model.chatbot.png", "an older plot");

        TrainingPlot.Write(path, History(), "test run");

        Assert.Equal(PngSignature, File.ReadAllBytes(path)[..8]);
        Assert.Equal([path], Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void The_plot_sits_next_to_the_model()
    {
        Assert.Equal("/m/bot.chatbot.png", TrainingPlot.PathFor("/m/bot.chatbot"));
    }

    private static List<MetricsRow> History()
    {
        var rows = new List<MetricsRow>();
        for (var step = 1; step <= 200; step++)
        {
            var loss = 3.0 * Math.Exp(-step / 80.0) + 1.0 + 0.1 * Math.Sin(step);
            rows.Add(new MetricsRow(step, step * 0.1, TrainLoss: loss, CharsPerSecond: 5000, LearningRate: 1e-3));
            if (step % 50 == 0)
            {
                var bpc = loss / Math.Log(2) + 0.1;
                rows.Add(new MetricsRow(step, step * 0.1, ValBpc: bpc, ValBpcReset: bpc + 0.05, ContextGain: 0.05));
            }
        }
        return rows;
    }
}
