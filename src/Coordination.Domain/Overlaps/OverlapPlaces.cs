namespace Coordination.Domain.Overlaps;

/// <summary>How the places two activities work in relate.</summary>
public enum PlaceRelation
{
    /// <summary>One or both say nothing of where they work: no evidence either way.</summary>
    Unknown,
    /// <summary>They name a country in common, or (neither naming countries) a region.</summary>
    Shared,
    /// <summary>One is global, or regional over the other's countries: an umbrella and one of its components.</summary>
    Covered,
    /// <summary>Both say where they work, and nowhere in common: the same kind of work elsewhere.</summary>
    Different,
}

/// <summary>
/// Where two activities work, compared: declared countries and the countries their texts name, declared regions, and the
/// regions their countries lie in. Countries decide when both give them; regions only stand for one that gives none.
/// </summary>
public static class OverlapPlaces
{
    /// <summary>How the places relate; computed for every candidate a check rates, so it allocates nothing.</summary>
    public static PlaceRelation Relate(OverlapProfile a, OverlapProfile b)
    {
        if (a.Countries.Length + a.Regions.Length == 0 || b.Countries.Length + b.Regions.Length == 0) return PlaceRelation.Unknown;
        // A country one declares and the other declares or only names counts: "... Refugees in Lebanon, Jordan, Iraq & Turkey" works in Jordan.
        if (AnyIn(a.Countries, b.Countries) || AnyIn(a.Countries, b.NamedCountries) || AnyIn(b.Countries, a.NamedCountries)) return PlaceRelation.Shared;
        if (IsGlobal(a) || IsGlobal(b)) return PlaceRelation.Covered;
        if (a.Countries.Length > 0 && b.Countries.Length > 0) return PlaceRelation.Different;
        if (a.Countries.Length == 0 && b.Countries.Length == 0) return AnyIn(a.Regions, b.Regions) ? PlaceRelation.Shared : PlaceRelation.Different;
        // One gives countries, the other only regions: regional work covers the countries that lie in its regions.
        var (regional, national) = a.Countries.Length == 0 ? (a, b) : (b, a);
        foreach (var code in national.Countries)
            if (Countries.TryGet(code, out var country) && Array.IndexOf(regional.Regions, country.Region) >= 0) return PlaceRelation.Covered;
        return PlaceRelation.Different;
    }

    /// <summary>What an explanation says of the relation: the places in common, or each side's.</summary>
    public static string Describe(OverlapProfile a, OverlapProfile b, PlaceRelation relation) => relation switch
    {
        PlaceRelation.Shared when a.Countries.Length > 0 && b.Countries.Length > 0 =>
            string.Join(", ", a.Countries.Union(a.NamedCountries).Intersect(b.Countries.Union(b.NamedCountries)).Order(StringComparer.Ordinal)),
        PlaceRelation.Shared => string.Join(", ", a.Regions.Intersect(b.Regions).Order()),
        PlaceRelation.Covered when IsGlobal(a) || !IsGlobal(b) && a.Countries.Length == 0 => $"{Places(a)} covers {Places(b)}",
        PlaceRelation.Covered => $"{Places(b)} covers {Places(a)}",
        _ => $"{Places(a)} / {Places(b)}",
    };

    private static bool AnyIn<T>(T[] items, T[] others)
    {
        foreach (var item in items)
            if (Array.IndexOf(others, item) >= 0) return true;
        return false;
    }

    private static bool IsGlobal(OverlapProfile profile) => Array.IndexOf(profile.Regions, Region.GLOBAL) >= 0;

    private static string Places(OverlapProfile profile) =>
        profile.Countries.Length > 0 ? string.Join(", ", profile.Countries) : string.Join(", ", profile.Regions);
}
