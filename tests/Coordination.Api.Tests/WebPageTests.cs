using System.Net;
using Coordination.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Api.Tests;

/// <summary>The web UI's pages as the server prerenders them for a user signed in with the web cookie.</summary>
[Collection(ApiCollection.Name)]
public class WebPageTests(ApiFactory api)
{
    private static object Activity(string id, string sector, string title, string? topic = null, string status = "Planned") =>
        new { id, sector, kind = "Study", title, status, topics = topic is null ? Array.Empty<string>() : [topic] };

    private static async Task<string> PageAsync(HttpClient web, string path)
    {
        var response = await web.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return html;
    }

    [Fact]
    public async Task The_activity_page_shows_the_activity_its_links_and_its_topic()
    {
        var bdt = await api.SignedInAsync("amina.diallo");
        var tsb = await api.SignedInAsync("pierre.martin");
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync("/api/topics", Json.Body(new { id = "topic-web-activity", name = "Satellite broadband" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync("/api/activities", Json.Body(Activity("act-web-page", "BDT", "Village satellite broadband pilots", "topic-web-activity")))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await tsb.PostAsync("/api/activities", Json.Body(Activity("act-web-page-other", "TSB", "Satellite terminal interoperability")))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync("/api/activities/act-web-page/links", Json.Body(new { type = "ParentOf", target = "act-web-page-other" }))).StatusCode);
        var web = await api.WebSignedInAsync("amina.diallo");

        var html = await PageAsync(web, "/activities/act-web-page");

        Assert.Contains(">Village satellite broadband pilots</h1>", html);
        Assert.Contains("href=\"/topics/topic-web-activity\"", html);
        Assert.Contains("Satellite broadband", html);
        Assert.Contains("data-link=\"ParentOf:act-web-page-other\"", html);
        Assert.Contains("Satellite terminal interoperability", html);
        Assert.Contains("data-testid=\"overlap-results\"", html);
        Assert.Contains("data-testid=\"add-link\"", html);
        Assert.DoesNotContain("data-testid=\"stale\"", html);
    }

    [Fact]
    public async Task The_topic_page_shows_every_sectors_activities_with_their_links()
    {
        var bdt = await api.SignedInAsync("amina.diallo");
        var br = await api.SignedInAsync("li.wei");
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync("/api/topics", Json.Body(new { id = "topic-web-as-one", name = "Maritime connectivity" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync("/api/activities", Json.Body(Activity("act-web-topic-bdt", "BDT", "Connectivity for island fishing communities", "topic-web-as-one")))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await br.PostAsync("/api/activities", Json.Body(Activity("act-web-topic-br", "BR", "Maritime mobile spectrum review", "topic-web-as-one")))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await br.PostAsync("/api/activities/act-web-topic-br/links", Json.Body(new { type = "Complementary", target = "act-web-topic-bdt" }))).StatusCode);
        var web = await api.WebSignedInAsync("helena.berg");

        var html = await PageAsync(web, "/topics/topic-web-as-one");
        var list = await PageAsync(web, "/topics");

        Assert.Contains(">Maritime connectivity", html);
        Assert.Contains("Connectivity for island fishing communities", html);
        Assert.Contains("Maritime mobile spectrum review", html);
        Assert.Contains("BR · 1 activity", html);
        Assert.Contains("BDT · 1 activity", html);
        Assert.Equal(2, html.Split("data-testid=\"activity-links\"").Length - 1);
        Assert.Contains("Complementary to <a href=\"/activities/act-web-topic-bdt\">", html);
        Assert.Contains("data-testid=\"no-events\"", html);
        Assert.Contains("href=\"/topics/topic-web-as-one\">Maritime connectivity</a>", list);
    }

    [Fact]
    public async Task The_registration_form_is_offered_to_members_and_explained_away_to_coordinators()
    {
        var member = await PageAsync(await api.WebSignedInAsync("pierre.martin"), "/activities/new");
        var coordinator = await PageAsync(await api.WebSignedInAsync("helena.berg"), "/activities/new");

        Assert.Contains("<label for=\"title\">", member);
        Assert.Contains("<option value=\"TSB\" selected>", member);
        Assert.DoesNotContain("<option value=\"BDT\"", member);
        Assert.Contains("data-testid=\"overlap-results\"", member);
        Assert.Contains("data-testid=\"save\"", member);
        Assert.Contains("data-testid=\"register-refused\"", coordinator);
        Assert.DoesNotContain("id=\"title\"", coordinator);
    }

    [Fact]
    public async Task Unknown_activities_and_topics_say_so()
    {
        var web = await api.WebSignedInAsync("amina.diallo");

        var activity = await PageAsync(web, "/activities/act-web-nobody");
        var topic = await PageAsync(web, "/topics/topic-web-nobody");

        Assert.Contains("<h1>Activity not found</h1>", activity);
        Assert.Contains("There is no activity 'act-web-nobody'", WebUtility.HtmlDecode(activity));
        Assert.Contains("<h1>Topic not found</h1>", topic);
        Assert.Contains("There is no topic 'topic-web-nobody'", WebUtility.HtmlDecode(topic));
    }

    [Theory]
    [InlineData("/", "%2F")]
    [InlineData("/topics", "%2Ftopics")]
    [InlineData("/activities/new", "%2Factivities%2Fnew")]
    [InlineData("/alerts/a~b", "%2Falerts%2Fa~b")]
    [InlineData("/calendar/AFR", "%2Fcalendar%2FAFR")]
    [InlineData("/charts", "%2Fcharts")]
    [InlineData("/alerts/export.csv", "%2Falerts%2Fexport.csv")]
    public async Task Pages_send_a_visitor_who_is_not_signed_in_to_the_sign_in_page(string page, string returnUrl)
    {
        var anonymous = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/signin?ReturnUrl={returnUrl}", response.Headers.Location?.PathAndQuery);
    }
}

/// <summary>A host where every activity is overdue for review as soon as it is stored.</summary>
public sealed class ImmediatelyStaleApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(AgeingSettings.Default with { ActivityStaleAfter = TimeSpan.Zero }));
    }
}

public class StaleActivityPageTests(ImmediatelyStaleApiFactory api) : IClassFixture<ImmediatelyStaleApiFactory>
{
    [Fact]
    public async Task Open_activities_not_updated_for_a_cycle_are_marked_overdue_for_review_and_finished_ones_are_not()
    {
        var bdt = await api.SignedInAsync("amina.diallo");
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync("/api/topics", Json.Body(new { id = "topic-stale", name = "Stale topic" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync("/api/activities", Json.Body(new { id = "act-stale-open", sector = "BDT", kind = "Study", title = "Open study", status = "Ongoing", topics = new[] { "topic-stale" } }))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync("/api/activities", Json.Body(new { id = "act-stale-done", sector = "BDT", kind = "Study", title = "Finished study", status = "Completed", topics = new[] { "topic-stale" } }))).StatusCode);
        var web = await api.WebSignedInAsync("amina.diallo");

        var open = await (await web.GetAsync("/activities/act-stale-open")).Content.ReadAsStringAsync();
        var done = await (await web.GetAsync("/activities/act-stale-done")).Content.ReadAsStringAsync();
        var topic = await (await web.GetAsync("/topics/topic-stale")).Content.ReadAsStringAsync();

        Assert.Contains("data-testid=\"stale\"", open);
        Assert.Contains("Overdue for review", open);
        Assert.Contains(">Finished study</h1>", done);
        Assert.DoesNotContain("data-testid=\"stale\"", done);
        Assert.Equal(1, topic.Split("data-testid=\"stale\"").Length - 1);
    }
}
