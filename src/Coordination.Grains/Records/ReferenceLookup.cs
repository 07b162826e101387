namespace Coordination.Grains.Records;

/// <summary>Asks the grains of the referenced topics and thematic priority whether they exist.</summary>
public static class ReferenceLookup
{
    public static async Task<KnownReferences> LookUpAsync(IGrainFactory grains, IEnumerable<string?>? topicIds, string? thematicPriority)
    {
        var wanted = (topicIds ?? []).Select(t => t?.Trim().ToLowerInvariant()).OfType<string>()
            .Where(Identifiers.IsValid).Distinct().ToArray();
        var topics = await Task.WhenAll(wanted.Select(id => grains.GetGrain<ITopicGrain>(id).GetAsync()));
        var priorities = new HashSet<string>();
        if (!string.IsNullOrWhiteSpace(thematicPriority))
        {
            var code = thematicPriority.Trim().ToLowerInvariant();
            if (Identifiers.IsValid(code) && await grains.GetGrain<IThematicPriorityGrain>(code).GetAsync() is not null)
                priorities.Add(code);
        }
        return new KnownReferences(topics.OfType<Topic>().Select(t => t.Id).ToHashSet(), priorities);
    }
}
