using System.Net;
using Coordination.Api.Tests.Infrastructure;

namespace Coordination.Api.Tests;

/// <summary>Roles and scopes: who may change what, checked through the real authentication pipeline.</summary>
[Collection(ApiCollection.Name)]
public class AuthorizationTests(ApiFactory api)
{
    private static object Activity(string id, string sector, string title = "Spectrum for rural IMT") =>
        new { id, sector, kind = "Study", title };

    private static object Event(string id, string country, string sector = "BDT", string title = "Regulators' forum") => new
    {
        id, title, kind = "Forum", start = "2027-05-04T09:00", end = "2027-05-05T17:00", timeZone = "UTC", country,
        organisingSectors = new[] { sector },
    };

    [Fact]
    public async Task Without_a_token_the_api_answers_401()
    {
        var response = await api.CreateClient().GetAsync("/api/activities");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_BDT_member_cannot_register_a_BR_activity()
    {
        var bdt = await api.SignedInAsync("amina.diallo");

        var response = await bdt.PostAsync("/api/activities", Json.Body(Activity("act-authz-br-by-bdt", "BR")));

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("BR", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await bdt.GetAsync("/api/activities/act-authz-br-by-bdt")).StatusCode);
    }

    [Fact]
    public async Task A_BDT_member_cannot_edit_or_delete_a_BR_activity()
    {
        var br = await api.SignedInAsync("li.wei");
        Assert.Equal(HttpStatusCode.Created, (await br.PostAsync("/api/activities", Json.Body(Activity("act-authz-br", "BR")))).StatusCode);
        var bdt = await api.SignedInAsync("amina.diallo");

        var edit = new HttpRequestMessage(HttpMethod.Put, "/api/activities/act-authz-br") { Content = Json.Body(Activity("act-authz-br", "BR", "Hijacked")) };
        edit.Headers.IfMatch.ParseAdd("\"1\"");
        await (await bdt.SendAsync(edit)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var delete = new HttpRequestMessage(HttpMethod.Delete, "/api/activities/act-authz-br");
        delete.Headers.IfMatch.ParseAdd("\"1\"");
        await (await bdt.SendAsync(delete)).AssertProblemAsync(HttpStatusCode.Forbidden);

        var stored = await (await br.GetAsync("/api/activities/act-authz-br")).ReadAsync();
        Assert.Equal("Spectrum for rural IMT", stored.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_member_cannot_move_their_activity_into_another_sector()
    {
        var bdt = await api.SignedInAsync("amina.diallo");
        Assert.Equal(HttpStatusCode.Created, (await bdt.PostAsync("/api/activities", Json.Body(Activity("act-authz-move", "BDT")))).StatusCode);

        var move = new HttpRequestMessage(HttpMethod.Put, "/api/activities/act-authz-move") { Content = Json.Body(Activity("act-authz-move", "TSB")) };
        move.Headers.IfMatch.ParseAdd("\"1\"");

        await (await bdt.SendAsync(move)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_director_of_AFR_cannot_create_or_edit_EUR_events_but_can_edit_AFR_ones()
    {
        var afr = await api.SignedInAsync("director.afr");
        var eur = await api.SignedInAsync("director.eur");
        Assert.Equal(HttpStatusCode.Created, (await eur.PostAsync("/api/events", Json.Body(Event("evt-authz-eur", "FR")))).StatusCode);

        await (await afr.PostAsync("/api/events", Json.Body(Event("evt-authz-afr-in-eur", "DE")))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var edit = new HttpRequestMessage(HttpMethod.Put, "/api/events/evt-authz-eur") { Content = Json.Body(Event("evt-authz-eur", "FR", title: "Taken over")) };
        edit.Headers.IfMatch.ParseAdd("\"1\"");
        await (await afr.SendAsync(edit)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var moveToAfrica = new HttpRequestMessage(HttpMethod.Put, "/api/events/evt-authz-eur") { Content = Json.Body(Event("evt-authz-eur", "KE")) };
        moveToAfrica.Headers.IfMatch.ParseAdd("\"1\"");
        await (await afr.SendAsync(moveToAfrica)).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.Created, (await afr.PostAsync("/api/events", Json.Body(Event("evt-authz-afr", "KE")))).StatusCode);
        var stored = await (await afr.GetAsync("/api/events/evt-authz-eur")).ReadAsync();
        Assert.Equal("Regulators' forum", stored.GetProperty("title").GetString());
        Assert.Equal("EUR", stored.GetProperty("region").GetString());
    }

    [Fact]
    public async Task Only_coordinators_convene_task_forces_and_only_admins_edit_reference_data()
    {
        var member = await api.SignedInAsync("pierre.martin");
        var coordinator = await api.SignedInAsync("helena.berg");
        var taskForce = new { id = "tf-authz", name = "Quantum", leadSector = "TSB" };

        await (await member.PostAsync("/api/task-forces", Json.Body(taskForce))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsync("/api/task-forces", Json.Body(taskForce))).StatusCode);

        var priority = new { code = "authz-priority", name = "Quantum", description = "" };
        await (await coordinator.PutAsync("/api/reference/thematic-priorities/authz-priority", Json.Body(priority))).AssertProblemAsync(HttpStatusCode.Forbidden);
        var admin = await api.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsync("/api/reference/thematic-priorities/authz-priority", Json.Body(priority))).StatusCode);
    }

    [Fact]
    public async Task Regional_directors_do_not_register_activities()
    {
        var director = await api.SignedInAsync("director.afr");

        await (await director.PostAsync("/api/activities", Json.Body(Activity("act-authz-director", "BDT")))).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_rejected()
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJBZG1pbiJ9.c2lnbmVkLXdpdGgtYW5vdGhlci1rZXk");

        await (await client.GetAsync("/api/me")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}

/// <summary>Outside Development, with an OIDC authority, the development sign-in refuses to issue tokens.</summary>
public class ProductionSignInTests(ProductionApiFactory api) : IClassFixture<ProductionApiFactory>
{
    [Fact]
    public async Task The_development_sign_in_is_refused_outside_Development()
    {
        var response = await api.CreateClient().PostAsync("/api/dev/sign-in", Json.Body(new { user = "admin" }));

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Development", problem.GetProperty("detail").GetString());
    }
}

/// <summary>The Orleans dashboard: administrators with a bearer token (scripts) or the web cookie (browsers).</summary>
[Collection(ApiCollection.Name)]
public class DashboardTests(ApiFactory api)
{
    [Fact]
    public async Task With_a_bearer_token_the_Orleans_dashboard_is_for_administrators_only()
    {
        await (await (await api.SignedInAsync("helena.berg")).GetAsync("/dashboard/")).AssertProblemAsync(HttpStatusCode.Forbidden);

        var admin = await (await api.SignedInAsync("admin")).GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("text/html", admin.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_administrator_signed_in_to_the_web_UI_opens_the_dashboard_whose_cookie_the_api_ignores()
    {
        var admin = await api.WebSignedInAsync("admin");

        var page = await admin.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Orleans Dashboard", await page.Content.ReadAsStringAsync());
        await (await admin.GetAsync("/api/me")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_web_user_who_is_no_administrator_is_refused_and_a_visitor_is_sent_to_sign_in()
    {
        var coordinator = await api.WebSignedInAsync("helena.berg");
        var visitor = api.CreateClient(new() { AllowAutoRedirect = false });

        await (await coordinator.GetAsync("/dashboard/")).AssertProblemAsync(HttpStatusCode.Forbidden);
        var anonymous = await visitor.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/signin?ReturnUrl=%2Fdashboard%2F", anonymous.Headers.Location?.PathAndQuery);
    }
}
