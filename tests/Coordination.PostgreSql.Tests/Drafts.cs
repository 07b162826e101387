using Coordination.Abstractions.Grains;
using Coordination.Abstractions.Model;

namespace Coordination.PostgreSql.Tests;

/// <summary>Valid drafts, with unique ids so that tests sharing the database never collide.</summary>
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
}
