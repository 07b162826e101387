using System.Net;
using System.Text.Json;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>
/// The role matrix of task forces and topics (AuthorizationTests holds the rest). A topic on a task force's list is
/// one its members may edit, so only coordinators and administrators decide a task force's topics, members and lead
/// sector; a member words her task force and edits the topics it owns, nothing more.
/// </summary>
[Collection(ApiCollection.Name)]
public class TaskForceAuthorizationTests(ApiFactory api)
{
    /// <summary>Amina Diallo's token names this task force; the id is fixed, so the tests share it and never change its composition.</summary>
    private const string AminasTaskForce = "tf-ai";
    private const string AminasTopic = "topic-authz-ai";
    private const string OtherTaskForce = "tf-authz-other";
    private const string OtherTopic = "topic-authz-other";

    private static readonly object Amina = new { userId = "amina.diallo", name = "Amina Diallo", sector = "BDT" };
    private static readonly object Pierre = new { userId = "pierre.martin", name = "Pierre Martin", sector = "TSB" };

    private static object TaskForce(string id, string[] topics, object[]? members = null, string leadSector = "BDT", string mandate = "") =>
        new { id, name = "AI", mandate, leadSector, members = members ?? [Amina, Pierre], topics };

    /// <summary>Amina's task force owning one topic, and another task force owning another; created by whichever test runs first.</summary>
    private async Task<HttpClient> TwoTaskForcesAsync()
    {
        var coordinator = await api.SignedInAsync("helena.berg");
        foreach (var (path, body) in new (string, object)[]
        {
            ("/api/topics", new { id = AminasTopic, name = "AI for good" }),
            ("/api/topics", new { id = OtherTopic, name = "Emergency telecommunications" }),
            ("/api/task-forces", TaskForce(AminasTaskForce, [AminasTopic])),
            ("/api/task-forces", new { id = OtherTaskForce, name = "Emergencies", leadSector = "BR", topics = new[] { OtherTopic } }),
        })
        {
            var created = await coordinator.PostAsync(path, Json.Body(body));
            Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{path} answered {(int)created.StatusCode}");
        }
        return coordinator;
    }

    private static async Task<(string Body, string ETag)> ReadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Headers.ETag!.Tag);
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object body)
    {
        var (_, etag) = await ReadAsync(client, path);
        var put = new HttpRequestMessage(HttpMethod.Put, path) { Content = Json.Body(body) };
        put.Headers.IfMatch.ParseAdd(etag);
        return await client.SendAsync(put);
    }

    private static async Task<string[]> OwnersAsync(HttpClient client, string topic) =>
        JsonDocument.Parse((await ReadAsync(client, $"/api/topics/{topic}")).Body).RootElement
            .GetProperty("taskForces").EnumerateArray().Select(t => t.GetString()!).ToArray();

    [Theory]
    [InlineData("topics")]
    [InlineData("members")]
    [InlineData("leadSector")]
    public async Task A_member_cannot_change_her_task_forces_topics_members_or_lead_sector(string change)
    {
        await TwoTaskForcesAsync();
        var member = await api.SignedInAsync("amina.diallo");
        var (before, _) = await ReadAsync(member, $"/api/task-forces/{AminasTaskForce}");
        var draft = change switch
        {
            "topics" => TaskForce(AminasTaskForce, [AminasTopic, OtherTopic]), // claims another task force's topic
            "members" => TaskForce(AminasTaskForce, [AminasTopic], members: [Amina]), // removes a colleague
            _ => TaskForce(AminasTaskForce, [AminasTopic], leadSector: "TSB"),
        };

        var response = await PutAsync(member, $"/api/task-forces/{AminasTaskForce}", draft);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("coordinators", problem.GetProperty("detail").GetString());
        Assert.Equal(before, (await ReadAsync(member, $"/api/task-forces/{AminasTaskForce}")).Body);
        Assert.Equal([OtherTaskForce], await OwnersAsync(member, OtherTopic));
    }

    [Fact]
    public async Task A_member_rewords_her_task_forces_mandate()
    {
        await TwoTaskForcesAsync();
        var member = await api.SignedInAsync("amina.diallo");
        var mandate = $"Mandate {Guid.NewGuid():N}";

        var response = await PutAsync(member, $"/api/task-forces/{AminasTaskForce}", TaskForce(AminasTaskForce, [AminasTopic], mandate: mandate));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mandate, (await response.ReadAsync()).GetProperty("mandate").GetString());
    }

    [Theory]
    [InlineData("helena.berg")]
    [InlineData("admin")]
    public async Task Coordinators_and_administrators_change_a_task_forces_topics_members_and_lead_sector(string user)
    {
        var coordinator = await TwoTaskForcesAsync();
        var (taskForce, topic) = ($"tf-authz-{Guid.NewGuid():N}"[..20], $"topic-authz-{Guid.NewGuid():N}"[..23]);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsync("/api/topics", Json.Body(new { id = topic, name = "Quantum" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsync("/api/task-forces", Json.Body(TaskForce(taskForce, [AminasTopic])))).StatusCode);
        var client = await api.SignedInAsync(user);

        var response = await PutAsync(client, $"/api/task-forces/{taskForce}", TaskForce(taskForce, [topic], members: [Pierre], leadSector: "TSB"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = JsonDocument.Parse((await ReadAsync(client, $"/api/task-forces/{taskForce}")).Body).RootElement;
        Assert.Equal("TSB", stored.GetProperty("leadSector").GetString());
        Assert.Equal(["pierre.martin"], stored.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userId").GetString()));
        Assert.Equal([taskForce], await OwnersAsync(client, topic));
        Assert.DoesNotContain(taskForce, await OwnersAsync(client, AminasTopic));
    }

    [Fact]
    public async Task A_member_renames_a_topic_her_task_force_owns_but_not_another_task_forces()
    {
        await TwoTaskForcesAsync();
        var member = await api.SignedInAsync("amina.diallo");
        var (before, _) = await ReadAsync(member, $"/api/topics/{OtherTopic}");

        var refused = await PutAsync(member, $"/api/topics/{OtherTopic}", new { name = "Taken over" });
        var allowed = await PutAsync(member, $"/api/topics/{AminasTopic}", new { name = "AI for good (renamed)" });

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, (await ReadAsync(member, $"/api/topics/{OtherTopic}")).Body);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        foreach (var user in new[] { "helena.berg", "admin" })
        {
            var renamed = await PutAsync(await api.SignedInAsync(user), $"/api/topics/{OtherTopic}", new { name = $"Emergency telecommunications ({user})" });
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }
    }
}
