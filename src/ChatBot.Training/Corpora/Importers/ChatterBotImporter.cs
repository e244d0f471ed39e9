using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Training.Corpora.Importers;

/// <summary>
/// ChatterBot corpus YAML: a mapping with a <c>categories:</c> list (ignored) and a <c>conversations:</c> list whose
/// entries are lists of strings, the first said by the user.
/// </summary>
public sealed class ChatterBotImporter : ICorpusImporter
{
    private const string ConversationsKey = "conversations";

    public string Name => "chatterbot";

    public string Description => "ChatterBot corpus YAML (conversations: lists of strings); a .yml/.yaml file or a folder of them";

    public ImportResult Import(string inputPath, bool skipInvalid)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        var collector = new ImportCollector(skipInvalid);
        foreach (var file in CorpusFiles.Resolve(inputPath, CorpusFiles.WithExtensions(".yml", ".yaml")))
        {
            try
            {
                ImportFile(file, collector);
            }
            catch (CorpusFormatException ex) when (collector.SkipInvalid)
            {
                collector.Skip(ex); // The file as a whole could not be read: nothing in it is used.
            }
        }

        return collector.ToResult(inputPath);
    }

    private static void ImportFile(string file, ImportCollector collector)
    {
        var conversations = FindConversations(file, Load(file));
        foreach (var entry in conversations.Children)
        {
            if (ReadConversation(file, entry, collector) is { } turns)
            {
                collector.AddConversation(turns, file, LineOf(entry));
            }
        }
    }

    private static YamlStream Load(string file)
    {
        var text = string.Join('\n', CorpusFiles.ReadUtf8Lines(file));
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var problem = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            throw new CorpusFormatException(file, (int)ex.Start.Line, $"malformed YAML: {StripPosition(problem)}", ex);
        }

        return yaml;
    }

    private static YamlSequenceNode FindConversations(string file, YamlStream yaml)
    {
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            var line = yaml.Documents.Count == 0 ? 1 : LineOf(yaml.Documents[0].RootNode);
            throw new CorpusFormatException(file, line, "expected a mapping with a 'conversations:' list");
        }

        foreach (var (key, value) in root.Children)
        {
            if (key is YamlScalarNode { Value: ConversationsKey })
            {
                return value as YamlSequenceNode
                    ?? throw new CorpusFormatException(file, LineOf(value), "'conversations:' must be a list of conversations");
            }
        }

        throw new CorpusFormatException(file, LineOf(root), "no 'conversations:' list");
    }

    /// <summary>The entry's turns, or null when it is malformed and skipping was asked for.</summary>
    private static IReadOnlyList<string>? ReadConversation(string file, YamlNode entry, ImportCollector collector)
    {
        if (entry is not YamlSequenceNode sequence)
        {
            collector.Reject(new CorpusFormatException(file, LineOf(entry), "a conversation must be a list of strings"));
            return null;
        }

        var turns = new List<string>(sequence.Children.Count);
        foreach (var turn in sequence.Children)
        {
            if (turn is not YamlScalarNode scalar)
            {
                collector.Reject(new CorpusFormatException(file, LineOf(turn), "a conversation turn must be a string, not a list or mapping"));
                return null;
            }

            turns.Add(scalar.Value ?? "");
        }

        return turns;
    }

    private static int LineOf(YamlNode node) => (int)node.Start.Line;

    /// <summary>YamlDotNet prefixes messages with "(Line: …, Col: …) - (…): "; the line is reported separately.</summary>
    private static string StripPosition(string message)
    {
        var separator = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && separator >= 0 ? message[(separator + 3)..] : message;
    }
}
