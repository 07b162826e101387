using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coordination.Evaluation;

/// <summary>A labelled pair of activity drafts (shared/data/README.md): label 1 the same work, 0 not, -1 cannot tell.</summary>
public sealed record ActivityPair(string Id, ActivityDraft A, ActivityDraft B, int Label);

/// <summary>
/// The platform's full activity scorer on labelled activity pairs: the text model, the structured evidence for and
/// against, and the alert policy, with term weights from the file's own activities as a registered corpus gives them.
/// </summary>
public static class ActivityPairs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record Line(string Id, ActivityDraft A, ActivityDraft B, int Label);

    /// <summary>The pairs with a definite label (1 or 0); pairs labelled -1 are left out of precision, recall and F1.</summary>
    public static IReadOnlyList<ActivityPair> Read(string path)
    {
        var pairs = new List<ActivityPair>();
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            Line? line;
            try
            {
                line = JsonSerializer.Deserialize<Line>(text, Json);
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{number}: {e.Message}");
            }
            if (line is not { A: not null, B: not null } || line.Label is < -1 or > 1)
                throw new FormatException($"{path}:{number}: expected {{\"id\", \"a\", \"b\", \"label\"}} with a label of 1, 0 or -1.");
            if (line.Label is 0 or 1) pairs.Add(new(line.Id, line.A with { Id = $"{line.Id}/a" }, line.B with { Id = $"{line.Id}/b" }, line.Label));
        }
        return pairs;
    }

    /// <summary>
    /// Both sides' profiles and the term weights of every distinct activity of the file, built once for however many
    /// models score them (tuning tries hundreds).
    /// </summary>
    public sealed record Profiled((OverlapProfile A, OverlapProfile B)[] Pairs, CollectionWeights Weights);

    public static Profiled Profile(IReadOnlyList<ActivityPair> pairs)
    {
        var lexicons = PlatformPairScorer.Lexicons;
        var profiles = pairs.Select(p => (A: OverlapProfiles.OfDraft(p.A, lexicons), B: OverlapProfiles.OfDraft(p.B, lexicons))).ToArray();
        // One activity appears in several pairs: it counts once in the collection, as it is registered once.
        var distinct = profiles.SelectMany(p => new[] { p.A, p.B }).DistinctBy(p => p.MaterialHash).ToArray();
        return new(profiles, new CollectionWeights(distinct));
    }

    /// <summary>Each pair's match, scored as a check scores it.</summary>
    public static OverlapMatch[] Score(OverlapScorer scorer, Profiled profiled) =>
        profiled.Pairs.Select(p => scorer.Score(p.A, p.B, profiled.Weights.Terms, profiled.Weights.Documents, profiled.Weights.Concepts)).ToArray();
}
