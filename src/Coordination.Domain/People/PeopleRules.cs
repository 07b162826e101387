namespace Coordination.Domain.People;

/// <summary>What the platform keeps of a person seen at sign-in, and how the people picker finds them.</summary>
public static class PeopleRules
{
    /// <summary>
    /// The person to store after a sign-in: null when <paramref name="known"/> already says the same (nothing to write);
    /// otherwise the person as seen, keeping when they were first seen.
    /// </summary>
    public static Person? Recorded(Person? known, Person seen, DateTimeOffset now)
    {
        var normalised = Normalised(seen);
        if (known is not null && known.SameAs(normalised)) return null;
        return normalised with { FirstSeenAt = known?.FirstSeenAt ?? now, UpdatedAt = now };
    }

    /// <summary>Roles and task forces sorted and distinct, the name trimmed (the id when a token carries none), so that equal claims compare equal.</summary>
    public static Person Normalised(Person person) => person with
    {
        Id = person.Id.Trim(),
        Name = string.IsNullOrWhiteSpace(person.Name) ? person.Id.Trim() : person.Name.Trim(),
        Roles = [.. person.Roles.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        TaskForces = [.. person.TaskForces.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
    };

    /// <summary>
    /// Whether the person answers a picker's query: a word of the name, the name or the id starts with it, or (three
    /// characters on) contains it; case and accents ignored. An empty query matches everyone.
    /// </summary>
    public static bool Matches(Person person, string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return true;
        var q = TextAnalysis.Fold(query).Trim();
        if (q.Length == 0) return true;
        var name = TextAnalysis.Fold(person.Name).Trim();
        var id = TextAnalysis.Fold(person.Id).Trim();
        if (name.StartsWith(q, StringComparison.Ordinal) || id.StartsWith(q, StringComparison.Ordinal)) return true;
        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith(q, StringComparison.Ordinal))) return true;
        return q.Length >= 3 && (name.Contains(q, StringComparison.Ordinal) || id.Contains(q, StringComparison.Ordinal));
    }

    /// <summary>The picker's order: names that start with the query first, then by name.</summary>
    public static IEnumerable<Person> Ranked(IEnumerable<Person> people, string? query)
    {
        var q = string.IsNullOrWhiteSpace(query) ? "" : TextAnalysis.Fold(query).Trim();
        return people.Where(p => Matches(p, query))
            .OrderBy(p => q.Length > 0 && TextAnalysis.Fold(p.Name).Trim().StartsWith(q, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(p => p.Id, StringComparer.Ordinal);
    }
}
