namespace Coordination.Grains.Tests;

/// <summary>Valid drafts, and topics with unique ids so that tests sharing a cluster or a database never collide.</summary>
internal static class Drafts
{
    public static string UniqueId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<string> NewTopicAsync(IGrainFactory grains)
    {
        var id = UniqueId("topic");
        var result = await grains.GetGrain<ITopicGrain>(id).CreateAsync(new TopicDraft { Name = $"Topic {id}" }, "tester");
        Assert.Equal(CommandOutcome.Created, result.Outcome);
        return id;
    }

    public static ActivityDraft Activity(string sector, params string[] topics) => new()
    {
        Sector = sector,
        Kind = "Study",
        Title = "Spectrum needs of rural IMT broadband",
        Description = "A study of spectrum requirements for rural broadband.",
        Topics = topics,
        Regions = ["ASP"],
        Countries = ["IN"],
        StartDate = new DateOnly(2027, 1, 1),
        EndDate = new DateOnly(2027, 12, 31),
    };

    public static EventDraft Event(string country, params string[] topics) => new()
    {
        Title = "Regional regulators' forum",
        Kind = "Forum",
        Start = new DateTime(2027, 5, 4, 9, 0, 0),
        End = new DateTime(2027, 5, 6, 17, 0, 0),
        TimeZone = "UTC",
        Country = country,
        OrganisingSectors = ["BDT"],
        Topics = topics,
        Audience = ["regulators"],
    };
}
