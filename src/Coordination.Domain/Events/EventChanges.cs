namespace Coordination.Domain.Events;

/// <summary>What a new version of an event changes, field by field, under the API's JSON names.</summary>
public static class EventChanges
{
    /// <summary>The fields of <paramref name="incoming"/> that differ from <paramref name="current"/>; empty when it changes nothing. The audit is not content.</summary>
    public static string[] Between(Event current, Event incoming)
    {
        var changes = new List<string>();
        void Compare<T>(string field, T a, T b) { if (!EqualityComparer<T>.Default.Equals(a, b)) changes.Add(field); }
        // Lists are sets: a calendar that writes the same topics in another order changes nothing.
        void CompareList<T>(string field, T[] a, T[] b) { if (!a.Order().SequenceEqual(b.Order())) changes.Add(field); }

        Compare("title", current.Title, incoming.Title);
        Compare("description", current.Description, incoming.Description);
        Compare("kind", current.Kind, incoming.Kind);
        Compare("start", current.Start, incoming.Start);
        Compare("end", current.End, incoming.End);
        Compare("timeZone", current.TimeZone, incoming.TimeZone);
        Compare("city", current.City, incoming.City);
        Compare("country", current.Country, incoming.Country);
        Compare("region", current.Region, incoming.Region);
        CompareList("organisingSectors", current.OrganisingSectors, incoming.OrganisingSectors);
        CompareList("topics", current.Topics, incoming.Topics);
        CompareList("audience", current.Audience, incoming.Audience);
        Compare("status", current.Status, incoming.Status);
        Compare("language", current.Language, incoming.Language);
        return [.. changes];
    }
}
