using ChatBot.Model.Decoding;
using ChatBot.Model.Files;
using ChatBot.Model.Network;
using ChatBot.Model.Text;
using ChatBot.Network;
using static TorchSharp.torch;

namespace ChatBot.Model.Tests;

/// <summary>
/// The two refinements of the pointer: copy continuation (a slot that follows the decoder's latest characters in the
/// user's text is preferred) and case copying (a copied character may come out upper- or lower-cased).
/// </summary>
public sealed class CopyRefinementTests
{
    private static readonly Vocabulary Letters = Vocabulary.Build(["abxy ABXY"], minCount: 1);
    private static readonly ModelHyperParameters Shape = new(8, 16, 1, 0.0, MemoryLength: 12, AttentionSize: 8, MatchLength: 2, CaseCopy: true);

    [Fact]
    public void Case_maps_pair_the_letters_whose_other_case_is_in_the_vocabulary()
    {
        var upper = Letters.CaseMap(upper: true);
        var lower = Letters.CaseMap(upper: false);
        Assert.Equal(Id('A'), upper[Id('a')]);
        Assert.Equal(Id('b'), lower[Id('B')]);
        Assert.Equal(Id('A'), upper[Id('A')]);
        Assert.Equal(Id(' '), upper[Id(' ')]);
        Assert.Equal(Vocabulary.BeginOfReply, upper[Vocabulary.BeginOfReply]);
    }

    [Fact]
    public void A_started_copy_continues_with_the_character_that_followed_in_the_users_text()
    {
        using var model = Built(matchBonus: 12f, cases: [12f, 0f, 0f]);
        // Step 1 reads "a"; in "xaby" the slot after "a" holds "b".
        var logits = model.TeacherForce(null, "xaby", "a").Logits;
        Assert.True(logits[1][Id('b')] > MathF.Log(0.9f), $"p(b) = {MathF.Exp(logits[1][Id('b')])}");
    }

    [Fact]
    public void Without_the_bonus_the_same_step_has_no_preference_for_the_next_character()
    {
        using var model = Built(matchBonus: 0f, cases: [12f, 0f, 0f]);
        var logits = model.TeacherForce(null, "xaby", "a").Logits;
        Assert.True(logits[1][Id('b')] < MathF.Log(0.5f), $"p(b) = {MathF.Exp(logits[1][Id('b')])}");
    }

    [Fact]
    public void Copy_continuation_ignores_case()
    {
        using var model = Built(matchBonus: 12f, cases: [12f, 0f, 0f]);
        var logits = model.TeacherForce(null, "xaby", "A").Logits;
        Assert.True(logits[1][Id('b')] > MathF.Log(0.9f), $"p(b) = {MathF.Exp(logits[1][Id('b')])}");
    }

    [Fact]
    public void A_copied_character_can_come_out_upper_cased()
    {
        // Four slots and the sentinel share the weight equally; the copies come out upper-cased.
        using var model = Built(matchBonus: 0f, cases: [0f, 12f, 0f]);
        var first = model.TeacherForce(null, "bbbb", "").Logits[0];
        Assert.True(first[Id('B')] > MathF.Log(0.75f), $"p(B) = {MathF.Exp(first[Id('B')])}");
        Assert.True(first[Id('b')] < MathF.Log(0.25f), $"p(b) = {MathF.Exp(first[Id('b')])}");
    }

    [Fact]
    public void An_untrained_networks_case_choice_starts_at_as_typed()
    {
        manual_seed(3);
        using var network = new EncoderDecoderNetwork(Letters, Shape);
        var bias = network.named_parameters().Single(p => p.name == "attentionCase.bias").parameter;
        using var weights = nn.functional.softmax(bias, 0);

        Assert.True(weights[0].item<float>() > 0.9f, $"as typed {weights[0].item<float>()}");
        Assert.Equal(weights[1].item<float>(), weights[2].item<float>());
    }

    [Fact]
    public void Beam_search_of_width_one_equals_greedy_decoding_with_both_refinements()
    {
        using var model = NetworkModels.CreateUntrained(Letters, Shape, seed: 9);
        var greedy = DecodingOptions.Greedy with { MaxReplyLength = 25 };
        var state = model.Respond(null, "ab xy AB", greedy).State;

        var alone = model.Respond(state, "abab ba", greedy);
        var beamed = model.Respond(state, "abab ba", greedy with { Strategy = DecodingStrategy.Beam, BeamWidth = 1 });

        Assert.Equal(alone.Text, beamed.Text);
        Assert.Equal(alone.State.Hidden, beamed.State.Hidden);
    }

    private static int Id(char character) => Letters.Encode(character.ToString())[0];

    /// <summary>A model whose attention ignores content (zero queries), with a fixed match bonus and case choice.</summary>
    private static ChatModel Built(float matchBonus, float[] cases)
    {
        manual_seed(3);
        using var network = new EncoderDecoderNetwork(Letters, Shape);
        using (no_grad())
        {
            var parameters = network.named_parameters().ToDictionary(p => p.name, p => p.parameter);
            parameters["attentionQuery.weight"].zero_();
            parameters["attentionMatch.weight"].zero_();
            parameters["attentionMatch.bias"].fill_(matchBonus);
            parameters["attentionCase.weight"].zero_();
            parameters["attentionCase.bias"].copy_(tensor(cases));
        }
        return NetworkModels.ToChatModel(network, new ModelMetadata { Name = "refined", Hyper = Shape, Characters = Letters.Characters });
    }
}
