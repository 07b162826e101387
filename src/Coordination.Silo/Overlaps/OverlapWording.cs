namespace Coordination.Silo.Overlaps;

/// <summary>
/// Puts the words the texts use on an explanation's shared terms ("procurement", not the stem "procur"; across languages
/// "formation ↔ training"): the detector compares analysed terms and keeps no text, so the wording is added where the
/// activities are read, for the few matches a person sees.
/// </summary>
public sealed class OverlapWording(IGrainFactory grains, Lexicons lexicons)
{
    public static string TextOf(Activity activity) => $"{activity.Title} ; {string.Join(" ; ", activity.Keywords)} ; {activity.Description}";

    public static string TextOf(ActivityDraft draft) => $"{draft.Title} ; {string.Join(" ; ", draft.Keywords ?? [])} ; {draft.Description}";

    /// <summary>The matches of a text (a draft's or an activity's), each worded against the activity it matched.</summary>
    public async Task<OverlapMatch[]> WordAsync(OverlapMatch[] matches, string text, string language)
    {
        var others = await Task.WhenAll(matches.Select(m => grains.GetGrain<IActivityGrain>(m.ActivityId).GetAsync()));
        return [.. matches.Select((match, i) => others[i] is not { } other ? match : match with
        {
            Explanation = match.Explanation with
            {
                SharedTerms = lexicons.Worded(match.Explanation.SharedTerms, (text, language), (TextOf(other), other.Language)),
            },
        })];
    }

    /// <summary>An overlap alert between two activities, worded; other alerts as they are.</summary>
    public async Task<Alert> WordAsync(Alert alert)
    {
        if (alert.Kind != AlertKeys.ActivityOverlap || alert.ItemIds.Length != 2) return alert;
        var sides = await Task.WhenAll(alert.ItemIds.Select(id => grains.GetGrain<IActivityGrain>(id).GetAsync()));
        return sides[0] is { } a && sides[1] is { } b ? Worded(alert, a, b) : alert;
    }

    /// <summary>An overlap alert worded against its two activities, <paramref name="a"/> and <paramref name="b"/> in the alert's order, already read.</summary>
    public Alert Worded(Alert alert, Activity a, Activity b) =>
        alert with
        {
            Explanation = alert.Explanation with
            {
                SharedTerms = lexicons.Worded(alert.Explanation.SharedTerms, (TextOf(a), a.Language), (TextOf(b), b.Language)),
            },
        };
}
