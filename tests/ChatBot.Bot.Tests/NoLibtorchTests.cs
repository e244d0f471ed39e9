using System.Reflection;
using System.Text.Json;
using ChatBot.Bot.Tests.Hosting;

namespace ChatBot.Bot.Tests;

/// <summary>The bot serves without libtorch: neither its assemblies nor its package graph bring TorchSharp.</summary>
public sealed class NoLibtorchTests
{
    [Fact]
    public void No_assembly_of_the_bot_references_TorchSharp()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<AssemblyName>([typeof(BotApplication).Assembly.GetName()]);
        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name.Name!))
            {
                continue;
            }
            foreach (var reference in Assembly.Load(name).GetReferencedAssemblies())
            {
                Assert.False(reference.Name!.StartsWith("TorchSharp", StringComparison.Ordinal), $"{name.Name} references {reference.Name}");
                // The project's own assemblies are followed; packages are checked by their restore graph below.
                if (reference.Name.StartsWith("ChatBot.", StringComparison.Ordinal))
                {
                    pending.Enqueue(reference);
                }
            }
        }
        Assert.Contains("ChatBot.Model", seen);
    }

    [Fact]
    public void The_bots_package_graph_has_no_TorchSharp_or_libtorch()
    {
        // The restored libraries, not the whole file: the file also lists every centrally pinned version, TorchSharp's too.
        using var assets = JsonDocument.Parse(File.ReadAllBytes(Repository.File("src", "ChatBot.Bot", "obj", "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name).ToList();
        Assert.Contains(libraries, library => library.StartsWith("StackExchange.Redis/", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, library => library.Contains("torch", StringComparison.OrdinalIgnoreCase));
    }
}
