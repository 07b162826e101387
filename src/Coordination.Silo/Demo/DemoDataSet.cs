namespace Coordination.Silo.Demo;

/// <summary>
/// demo-data.json: each record in the shape of the API request body that would create it, in the order the host
/// registers them, and the alerts the records raise on purpose.
/// </summary>
public sealed record DemoDataSet
{
    /// <summary>What the file is, for whoever opens it; not loaded anywhere.</summary>
    public string? About { get; init; }

    /// <summary>POST /api/topics bodies. Registered first: task forces, activities and events refer to them.</summary>
    public required TopicDraft[] Topics { get; init; }

    /// <summary>POST /api/task-forces bodies.</summary>
    public required TaskForceDraft[] TaskForces { get; init; }

    /// <summary>PUT /api/regions/{region}/director bodies, with the region of the route.</summary>
    public required DemoRegionalOffice[] RegionalOffices { get; init; }

    /// <summary>POST /api/activities bodies.</summary>
    public required ActivityDraft[] Activities { get; init; }

    /// <summary>POST /api/events bodies.</summary>
    public required EventDraft[] Events { get; init; }

    public required DemoPlant[] Plants { get; init; }
}

/// <summary>A regional office's director: the region of PUT /api/regions/{region}/director and its body.</summary>
public sealed record DemoRegionalOffice
{
    public required Region Region { get; init; }
    public required RegionalDirector Director { get; init; }
}

/// <summary>
/// An overlap or clash the demo set raises: the two records (an event may clash with a flagship window, "flagship:{code}"),
/// the alert expected once the demo is loaded and the dashboards (alert routes) it must reach.
/// </summary>
public sealed record DemoPlant
{
    /// <summary>activity-overlap or event-clash (<see cref="AlertKeys"/>).</summary>
    public required string Kind { get; init; }

    public required string[] Items { get; init; }

    /// <summary>The alert's id (<see cref="AlertKeys.PairId"/>, <see cref="AlertKeys.ClashPairId"/>); none when the pair is only listed as a likely duplicate.</summary>
    public string? Alert { get; init; }

    /// <summary>Routes whose dashboards list the alert: MCG, MCG+, CoCo, TF:{task force}, RD:{region}.</summary>
    public string[] Routes { get; init; } = [];

    /// <summary>The two sides are written in different languages; the alert's explanation says so.</summary>
    public bool CrossLanguage { get; init; }

    /// <summary>Not planted for itself: a side effect of another plant, listed so that every alert the demo raises is accounted for.</summary>
    public bool Incidental { get; init; }

    public required string Why { get; init; }
}
