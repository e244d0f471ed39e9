using ChatBot.Model.Network;
using ChatBot.Model.Text;

namespace ChatBot.Model.Files;

/// <summary>
/// A model's trained parameters by name (the names the training network gives them: embedding.weight,
/// encoder.weight_ih_l0, projection.bias, attentionQuery.weight…), read from its file without libtorch and checked
/// against the shape its metadata declares: exactly the expected parameters, each float32 of the expected shape.
/// </summary>
public sealed class ModelWeights
{
    // The network's case maps are saved with its weights as int64 buffers; they follow from the alphabet.
    private const string LowerMapName = "lowerMap";
    private const string UpperMapName = "upperMap";

    private readonly Dictionary<string, float[]> _parameters;

    private ModelWeights(ModelHyperParameters hyper, Vocabulary vocabulary, Dictionary<string, float[]> parameters)
    {
        Hyper = hyper;
        VocabularySize = vocabulary.Size;
        LowerCase = vocabulary.CaseMap(upper: false);
        UpperCase = vocabulary.CaseMap(upper: true);
        _parameters = parameters;
    }

    public ModelHyperParameters Hyper { get; }

    public int VocabularySize { get; }

    /// <summary>Id → id of its lower-case form (itself when none); see <see cref="Vocabulary.CaseMap"/>.</summary>
    public int[] LowerCase { get; }

    /// <summary>Id → id of its upper-case form (itself when none).</summary>
    public int[] UpperCase { get; }

    public IReadOnlyCollection<string> Names => _parameters.Keys;

    /// <summary>A parameter's values, row-major (the caller may keep but must not change them).</summary>
    public float[] this[string name] => _parameters.TryGetValue(name, out var values)
        ? values
        : throw new KeyNotFoundException($"The model has no parameter {name}.");

    /// <summary>The parameter names and shapes a network of this shape and alphabet size has, in no particular order.</summary>
    public static IReadOnlyDictionary<string, int[]> ExpectedShapes(ModelHyperParameters hyper, int vocabularySize)
    {
        var (embedding, hidden, gates) = (hyper.EmbeddingSize, hyper.HiddenSize, 4 * hyper.HiddenSize);
        var shapes = new Dictionary<string, int[]>
        {
            ["embedding.weight"] = [vocabularySize, embedding],
            ["projection.weight"] = [vocabularySize, hidden],
            ["projection.bias"] = [vocabularySize],
        };
        foreach (var lstm in new[] { "encoder", "decoder" })
        {
            for (var layer = 0; layer < hyper.Layers; layer++)
            {
                shapes[$"{lstm}.weight_ih_l{layer}"] = [gates, layer == 0 ? embedding : hidden];
                shapes[$"{lstm}.weight_hh_l{layer}"] = [gates, hidden];
                shapes[$"{lstm}.bias_ih_l{layer}"] = [gates];
                shapes[$"{lstm}.bias_hh_l{layer}"] = [gates];
            }
        }
        if (hyper.HasAttention)
        {
            shapes["attentionQuery.weight"] = [hyper.AttentionSize, hidden];
            shapes["attentionKey.weight"] = [hyper.AttentionSize, hidden];
            shapes["attentionSentinel"] = [hyper.AttentionSize];
        }
        if (hyper.MatchLength > 0)
        {
            shapes["attentionMatch.weight"] = [hyper.MatchLength, hidden];
            shapes["attentionMatch.bias"] = [hyper.MatchLength];
        }
        if (hyper.CaseCopy)
        {
            shapes["attentionCase.weight"] = [3, hidden];
            shapes["attentionCase.bias"] = [3];
        }
        return shapes;
    }

    /// <summary>Checks the state dict's entries against the metadata and keeps the parameters.</summary>
    /// <exception cref="ModelFileException">A parameter is missing, extra, not float32 or of another shape; a case map disagrees with the alphabet.</exception>
    public static ModelWeights From(string path, ModelMetadata metadata, IReadOnlyList<StateDictEntry> entries)
    {
        Vocabulary vocabulary;
        try
        {
            metadata.Hyper.Validate();
            vocabulary = new Vocabulary(metadata.Characters);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileException(path, $"the model metadata is invalid ({e.Message}).", e);
        }
        var expected = ExpectedShapes(metadata.Hyper, vocabulary.Size);
        var expectedMaps = new Dictionary<string, int[]>();
        if (metadata.Hyper.MatchLength > 0 || metadata.Hyper.CaseCopy)
        {
            expectedMaps[LowerMapName] = vocabulary.CaseMap(upper: false);
        }
        if (metadata.Hyper.CaseCopy)
        {
            expectedMaps[UpperMapName] = vocabulary.CaseMap(upper: true);
        }

        var parameters = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var seenMaps = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (expectedMaps.TryGetValue(entry.Name, out var map))
            {
                CheckCaseMap(path, entry, map);
                if (!seenMaps.Add(entry.Name))
                {
                    throw new ModelFileException(path, $"the weights hold {entry.Name} twice.");
                }
                continue;
            }
            if (!expected.TryGetValue(entry.Name, out var shape))
            {
                throw new ModelFileException(path, $"the weights hold {entry.Name} {entry.ShapeText}, which a model of the declared shape does not have.");
            }
            if (entry.Floats is null)
            {
                throw new ModelFileException(path, $"the weights hold {entry.Name} as {entry.TypeName}; float32 expected.");
            }
            if (!entry.Shape.SequenceEqual(shape))
            {
                throw new ModelFileException(path, $"the weights hold {entry.Name} {entry.ShapeText}; the declared shape needs [{string.Join(", ", shape)}].");
            }
            if (!parameters.TryAdd(entry.Name, entry.Floats))
            {
                throw new ModelFileException(path, $"the weights hold {entry.Name} twice.");
            }
        }
        var missing = expected.Keys.Where(name => !parameters.ContainsKey(name))
            .Concat(expectedMaps.Keys.Where(name => !seenMaps.Contains(name)))
            .Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new ModelFileException(path, $"the weights lack {string.Join(", ", missing)}, which the declared shape needs.");
        }
        return new ModelWeights(metadata.Hyper, vocabulary, parameters);
    }

    private static void CheckCaseMap(string path, StateDictEntry entry, int[] map)
    {
        if (entry.Longs is null || entry.Shape.Count != 1 || entry.Shape[0] != map.Length)
        {
            throw new ModelFileException(path, $"the weights hold {entry.Name} as {entry.TypeName} {entry.ShapeText}; int64 [{map.Length}] expected.");
        }
        if (!entry.Longs.SequenceEqual(map.Select(id => (long)id)))
        {
            throw new ModelFileException(path, $"the weights' {entry.Name} does not match the model's alphabet.");
        }
    }
}
