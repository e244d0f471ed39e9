using ChatBot.Model;
using ChatBot.Model.Decoding;
using ChatBot.Model.Text;

namespace ChatBot.Trainer.Inspection;

/// <summary>
/// Plays a conversation through a model's managed kernels exactly as the bot does with greedy decoding (the same
/// encoder and decoder steps, the state and memory carried from turn to turn) and records what the network did.
/// </summary>
public static class ConversationTracer
{
    public static ConversationTrace Trace(ChatModel model, IReadOnlyList<string> prompts, int maxReplyLength, CancellationToken cancellationToken)
    {
        var kernel = model.Kernel;
        var vocabulary = model.Vocabulary;
        var layers = kernel.Layers;
        var hidden = kernel.HiddenSize;
        var h = Enumerable.Range(0, layers).Select(_ => new float[hidden]).ToArray();
        var c = Enumerable.Range(0, layers).Select(_ => new float[hidden]).ToArray();
        var memory = kernel.CreateMemory(null);
        var workspace = kernel.CreateWorkspace(1);
        var logits = new float[kernel.LogitStride];
        // Where each memory slot's character sits in the conversation: (turn, index), oldest first, as the memory.
        var places = new List<(int Turn, int Index)>();
        var gates = new GateActivity[layers];
        void Observe(int layer, ReadOnlySpan<float> values, int stride) => gates[layer] = MeanGates(values, hidden);

        var turns = new List<TracedTurn>();
        for (var turn = 0; turn < prompts.Count; turn++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var user = new List<TracedCharacter>();
            var message = vocabulary.Encode(prompts[turn]);
            for (var i = 0; i < message.Length; i++)
            {
                kernel.EncodeStep([message[i]], 0, 1, h, c, workspace, _ => memory, Observe);
                user.Add(new TracedCharacter(vocabulary.Symbol(message[i]), [.. gates], Cells(c)));
                places.Add((turn, i));
            }
            if (places.Count > memory.Count)
            {
                places.RemoveRange(0, places.Count - memory.Count);
            }

            var reply = new List<TracedCharacter>();
            var generated = new List<int>();
            var input = Vocabulary.BeginOfReply;
            var reachedLimit = false;
            while (true)
            {
                kernel.Step([input], 1, h, c, logits, workspace, _ => memory, _ => generated, Observe);
                var row = logits.AsSpan(0, kernel.VocabularySize);
                if (reachedLimit)
                {
                    break;
                }
                var next = TokenSampler.Greedy(row);
                if (next == Vocabulary.EndOfReply)
                {
                    break;
                }
                var bits = Bits(row, next);
                IReadOnlyList<AttentionLink>? attention = null;
                float? generator = null;
                if (kernel.Attention is not null)
                {
                    var weights = workspace.AttentionWeights(memory.Count).ToArray();
                    attention = places.Select((place, slot) => new AttentionLink(place.Turn, place.Index, weights[slot])).ToArray();
                    generator = weights[memory.Count];
                }
                // The character's gates and cells are those of the step that chose it: the step that read the previous one.
                reply.Add(new TracedCharacter(vocabulary.Symbol(next), [.. gates], Cells(c), bits, attention, generator));
                generated.Add(next);
                input = next;
                // Cut at the limit, but let the decoder read the last character, as the bot does.
                reachedLimit = generated.Count >= maxReplyLength;
            }
            turns.Add(new TracedTurn(user, reply, ReplyText.Decode(vocabulary, generated, reachedLimit)));
        }
        return new ConversationTrace(layers, hidden, turns);
    }

    /// <summary>Mean σ of the input, forget and output gates over one row's cells (pre-activations in PyTorch's i, f, g, o order).</summary>
    private static GateActivity MeanGates(ReadOnlySpan<float> preActivations, int hidden)
    {
        static float Mean(ReadOnlySpan<float> values)
        {
            var sum = 0.0;
            foreach (var value in values)
            {
                sum += 1.0 / (1.0 + Math.Exp(-value));
            }
            return (float)(sum / values.Length);
        }
        return new GateActivity(Mean(preActivations[..hidden]), Mean(preActivations.Slice(hidden, hidden)), Mean(preActivations.Slice(3 * hidden, hidden)));
    }

    private static float[] Cells(float[][] c) => c.SelectMany(layer => layer).ToArray();

    /// <summary>−log₂ of the chosen character's probability under the step's outputs (logits or log-probabilities alike).</summary>
    private static double Bits(ReadOnlySpan<float> outputs, int chosen)
    {
        var max = double.NegativeInfinity;
        foreach (var value in outputs)
        {
            max = Math.Max(max, value);
        }
        var total = 0.0;
        foreach (var value in outputs)
        {
            total += Math.Exp(value - max);
        }
        return -(outputs[chosen] - max - Math.Log(total)) / Math.Log(2);
    }
}
