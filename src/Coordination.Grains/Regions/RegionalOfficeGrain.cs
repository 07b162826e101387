using Coordination.Grains.Records;

namespace Coordination.Grains.Regions;

[GenerateSerializer, Alias("coordination.RegionalOfficeState")]
public sealed class RegionalOfficeState
{
    [Id(0)] public RegionalDirector? Director { get; set; }
    /// <summary>Where the calendar was kept before it moved to the calendar buckets; read once to move it, never written again.</summary>
    [Id(1)] public Dictionary<string, EventSummary> Events { get; set; } = [];
}

/// <summary>
/// One regional office: its director, and its region's calendar in an interval index with the document
/// frequencies of its events' terms, so that a check compares the planned event only with the events near it.
/// </summary>
public sealed class RegionalOfficeGrain(
    [PersistentState(StorageNames.RegionalOffice, StorageNames.Provider)] IPersistentState<RegionalOfficeState> state,
    ClashScorer scorer)
    : Grain, IRegionalOfficeGrain
{
    private readonly IntervalIndex<EventProfile> _calendar = new();
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    private Region Region => Enum.Parse<Region>(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var buckets = await Task.WhenAll(Partitions.RegionCalendarKeys(Region).Select(k => Bucket(k).ListAsync()));
        foreach (var profile in buckets.SelectMany(b => b)) Index(profile);
        if (state.State.Events.Count > 0) await MoveLegacyCalendarAsync();
    }

    public Task<RegionalOffice> GetAsync() => Task.FromResult(Snapshot());

    public async Task<RegionalOffice> SetDirectorAsync(RegionalDirector? director)
    {
        state.State.Director = director;
        await state.WriteStateAsync();
        return Snapshot();
    }

    public async Task UpsertEventAsync(EventProfile profile)
    {
        await Bucket(Partitions.RegionCalendarKey(Region, profile.EventId)).UpsertAsync(profile);
        Unindex(profile.EventId);
        Index(profile);
    }

    public async Task RemoveEventAsync(string eventId)
    {
        await Bucket(Partitions.RegionCalendarKey(Region, eventId)).RemoveAsync(eventId);
        Unindex(eventId);
    }

    public Task<EventProfile[]> GetProfilesAsync(string[] eventIds) =>
        Task.FromResult(eventIds.Select(Find).OfType<EventProfile>().ToArray());

    public Task<EventSummary[]> ListEventsAsync(DateTimeOffset from, DateTimeOffset to) =>
        Task.FromResult(_calendar.Overlapping(from, to).Select(p => p.ToSummary()).ToArray());

    public Task<EventClash[]> CheckAsync(EventProfile planned, ClashSettings settings) =>
        Task.FromResult(ClashScorer.Rank(Clashes(planned, settings)).ToArray());

    public Task<CalendarClash[]> ListClashesAsync(DateTimeOffset from, DateTimeOffset to, ClashSettings settings, EventProfile[] flagships)
    {
        var pairs = new Dictionary<string, CalendarClash>(StringComparer.Ordinal);
        foreach (var planned in _calendar.Overlapping(from, to))
        {
            var clashes = Clashes(planned, settings)
                .Concat(flagships.Select(f => scorer.Score(planned, f, settings, TextRelation.None)).OfType<EventClash>());
            foreach (var clash in clashes)
                pairs.TryAdd(AlertKeys.PairId(planned.EventId, clash.Other.Id), new CalendarClash(planned.ToSummary(), clash));
        }
        return Task.FromResult(pairs.Values
            .OrderByDescending(p => p.Clash.Score).ThenBy(p => p.Event.StartUtc).ThenBy(p => p.Event.Id, StringComparer.Ordinal)
            .ToArray());
    }

    public Task<FreeWindowResult> FindFreeWindowsAsync(EventProfile planned, FreeWindowRequest request, ClashSettings settings, EventProfile[] crossRegion)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(planned.TimeZone);
        var (from, to) = FreeWindows.SearchSpan(zone, request, settings);
        var nearby = _calendar.Overlapping(from, to);
        var known = nearby.Select(p => p.EventId).ToHashSet(StringComparer.Ordinal);
        var candidates = nearby.Concat(crossRegion.Where(p => !known.Contains(p.EventId))).ToArray();
        return Task.FromResult(FreeWindows.Find(planned, zone, request, candidates,
            candidate => Relate(planned, candidate),
            (placed, candidate, relation) => scorer.Score(placed, candidate, settings, relation)));
    }

    /// <summary>Every event within reach of the planned one, scored; the text is compared only when they share a term.</summary>
    private IEnumerable<EventClash> Clashes(EventProfile planned, ClashSettings settings)
    {
        var (from, to) = ClashScorer.Reach(planned, settings);
        foreach (var candidate in _calendar.Overlapping(from, to))
            if (scorer.Score(planned, candidate, settings, Relate(planned, candidate)) is { } clash) yield return clash;
    }

    private TextRelation Relate(EventProfile planned, EventProfile candidate)
    {
        var shareATerm = false;
        foreach (var term in planned.Terms.Keys)
            if (candidate.Terms.ContainsKey(term)) { shareATerm = true; break; }
        return shareATerm ? scorer.CompareText(planned, candidate, Idf) : TextRelation.None;
    }

    private double Idf(string term) => OverlapScorer.BoundedIdf(_calendar.Count, _documentFrequency.GetValueOrDefault(term));

    private void Index(EventProfile profile)
    {
        _calendar.Set(profile.EventId, profile.StartUtc, profile.EndUtc, profile);
        foreach (var term in profile.Terms.Keys) _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
    }

    private void Unindex(string eventId)
    {
        if (Find(eventId) is not { } old || !_calendar.Remove(eventId)) return;
        foreach (var term in old.Terms.Keys)
            if (_documentFrequency.GetValueOrDefault(term) <= 1) _documentFrequency.Remove(term);
            else _documentFrequency[term]--;
    }

    private EventProfile? Find(string eventId) => _calendar.TryGet(eventId, out var profile) ? profile : null;

    /// <summary>Moves a calendar stored by an earlier version into the buckets; its events get their text back when next saved.</summary>
    private async Task MoveLegacyCalendarAsync()
    {
        foreach (var summary in state.State.Events.Values)
        {
            if (Find(summary.Id) is not null) continue;
            await UpsertEventAsync(new EventProfile
            {
                EventId = summary.Id, Title = summary.Title, Kind = summary.Kind, StartUtc = summary.StartUtc, EndUtc = summary.EndUtc,
                City = summary.City, Country = summary.Country, Region = summary.Region, Sectors = summary.OrganisingSectors,
                Topics = summary.Topics, Status = summary.Status, MaterialHash = "legacy",
            });
        }
        state.State.Events = [];
        await state.WriteStateAsync();
    }

    private IRegionCalendarBucketGrain Bucket(string key) => GrainFactory.GetGrain<IRegionCalendarBucketGrain>(key);

    private RegionalOffice Snapshot() => new(Region, state.State.Director, _calendar.Count);
}
