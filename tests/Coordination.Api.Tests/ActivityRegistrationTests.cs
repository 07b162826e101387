using System.Net;
using System.Security.Claims;
using Coordination.Api.Tests.Infrastructure;
using Coordination.Silo.Activities;
using Coordination.Silo.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.Api.Tests;

/// <summary>The registration service that the API and the web UI's form share, called as the form calls it.</summary>
[Collection(ApiCollection.Name)]
public class ActivityRegistrationTests(ApiFactory api)
{
    private ActivityRegistration Registration => api.Services.GetRequiredService<ActivityRegistration>();

    private IGrainFactory Grains => api.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The user as the web UI's cookie carries it.</summary>
    private static ClaimsPrincipal User(string id) =>
        new(new ClaimsIdentity(DevelopmentUsers.Claims(DevelopmentUsers.Find(id)!), Schemes.Cookie, CoordinationClaims.Name, CoordinationClaims.Role));

    private static ActivityDraft Draft(string? id, string sector, string marker = "plain") => new()
    {
        Id = id, Sector = sector, Kind = "Project", Title = $"Rural broadband connectivity programme {marker}",
        Description = $"Community networks for unconnected villages {marker}.", Keywords = ["community networks", marker], Regions = ["AFR"],
    };

    [Fact]
    public async Task A_member_may_register_for_their_own_sector_only_and_coordinators_and_directors_for_none()
    {
        Assert.Equal([Sector.BDT], await Registration.SectorsForAsync(User("amina.diallo")));
        Assert.Equal([Sector.BR], await Registration.SectorsForAsync(User("li.wei")));
        Assert.Equal(Enum.GetValues<Sector>(), await Registration.SectorsForAsync(User("admin")));
        Assert.Empty(await Registration.SectorsForAsync(User("helena.berg")));
        Assert.Empty(await Registration.SectorsForAsync(User("director.afr")));
    }

    [Fact]
    public async Task A_member_registers_an_activity_of_their_sector_under_a_generated_id()
    {
        var result = await Registration.RegisterAsync(User("amina.diallo"), Draft(id: null, "BDT"));

        Assert.Equal(CommandOutcome.Created, result.Outcome);
        Assert.Matches("^act-[0-9a-f]{12}$", result.Value!.Id);
        var stored = await Grains.GetGrain<IActivityGrain>(result.Value.Id).GetAsync();
        Assert.Equal("amina.diallo", stored!.Audit.CreatedBy);
        Assert.Equal(Sector.BDT, stored.Sector);
    }

    [Fact]
    public async Task Another_sector_a_coordinator_or_a_director_is_refused_and_nothing_is_stored()
    {
        var otherSector = await Registration.RegisterAsync(User("amina.diallo"), Draft("act-reg-bdt-for-br", "BR"));
        var coordinator = await Registration.RegisterAsync(User("helena.berg"), Draft("act-reg-by-coordinator", "BDT"));
        var director = await Registration.RegisterAsync(User("director.afr"), Draft("act-reg-by-director", "BDT"));

        Assert.Equal(CommandOutcome.Forbidden, otherSector.Outcome);
        Assert.Contains("BR", otherSector.Message);
        Assert.Equal(CommandOutcome.Forbidden, coordinator.Outcome);
        Assert.Equal(ActivityRegistration.Refusal, director.Message);
        foreach (var id in new[] { "act-reg-bdt-for-br", "act-reg-by-coordinator", "act-reg-by-director" })
            Assert.Null(await Grains.GetGrain<IActivityGrain>(id).GetAsync());
    }

    [Fact]
    public async Task The_api_refuses_what_the_service_refuses()
    {
        var coordinator = await api.SignedInAsync("helena.berg");

        var problem = await (await coordinator.PostAsync("/api/activities", Json.Body(new { id = "act-reg-api-coordinator", sector = "BDT", kind = "Study", title = "Coordinated study" })))
            .AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(ActivityRegistration.Refusal, problem.GetProperty("detail").GetString());
        Assert.Null(await Grains.GetGrain<IActivityGrain>("act-reg-api-coordinator").GetAsync());
    }

    [Fact]
    public async Task An_invalid_draft_gets_an_error_per_field_and_stores_nothing()
    {
        var result = await Registration.RegisterAsync(User("amina.diallo"), Draft("act-reg-invalid", "BDT") with
        {
            Kind = null, Title = " ", Language = "de", StartDate = new DateOnly(2027, 5, 1), EndDate = new DateOnly(2027, 4, 1),
        });

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(["endDate", "kind", "language", "title"], result.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Null(await Grains.GetGrain<IActivityGrain>("act-reg-invalid").GetAsync());
    }

    [Fact]
    public async Task Save_and_link_registers_the_activity_and_links_both_sides()
    {
        var existing = await Registration.RegisterAsync(User("pierre.martin"), Draft("act-reg-link-existing", "TSB"));
        Assert.True(existing.Succeeded);

        var result = await Registration.RegisterAsync(User("amina.diallo"), Draft("act-reg-link-new", "BDT"), new NewLink("ChildOf", " act-reg-link-existing "));

        Assert.Equal(CommandOutcome.Created, result.Outcome);
        var links = api.Services.GetRequiredService<ActivityLinking>();
        var fromNew = Assert.Single(await links.ListAsync("act-reg-link-new"));
        Assert.Equal((LinkType.ChildOf, "act-reg-link-existing", "amina.diallo"), (fromNew.Type, fromNew.OtherId, fromNew.CreatedBy));
        var fromExisting = Assert.Single(await links.ListAsync("act-reg-link-existing"));
        Assert.Equal((LinkType.ParentOf, "act-reg-link-new"), (fromExisting.Type, fromExisting.OtherId));
    }

    [Fact]
    public async Task A_bad_link_stores_neither_the_activity_nor_a_link()
    {
        Assert.True((await Registration.RegisterAsync(User("pierre.martin"), Draft("act-reg-badlink-existing", "TSB"))).Succeeded);

        var badType = await Registration.RegisterAsync(User("amina.diallo"), Draft("act-reg-badlink-type", "BDT"), new NewLink("Sibling", "act-reg-badlink-existing"));
        var badTarget = await Registration.RegisterAsync(User("amina.diallo"), Draft("act-reg-badlink-target", "BDT"), new NewLink("SameAs", "act-reg-nobody"));
        var noTarget = await Registration.RegisterAsync(User("amina.diallo"), Draft("act-reg-badlink-none", "BDT"), new NewLink("SameAs", ""));

        Assert.Contains("Sibling", Assert.Single(badType.Errors!["linkType"]));
        Assert.Contains("act-reg-nobody", Assert.Single(badTarget.Errors!["linkTarget"]));
        Assert.True(noTarget.Errors!.ContainsKey("linkTarget"));
        foreach (var id in new[] { "act-reg-badlink-type", "act-reg-badlink-target", "act-reg-badlink-none" })
            Assert.Null(await Grains.GetGrain<IActivityGrain>(id).GetAsync());
        Assert.Empty(await api.Services.GetRequiredService<ActivityLinking>().ListAsync("act-reg-badlink-existing"));
    }

    [Fact]
    public async Task The_check_ranks_registered_lookalikes_and_needs_some_text()
    {
        var marker = Overlapping.Marker();
        Assert.True((await Registration.RegisterAsync(User("pierre.martin"), Draft($"act-{marker}-tsb", "TSB", marker))).Succeeded);

        var matches = await Registration.CheckAsync(Draft(id: null, "BDT", marker));
        var withoutText = await Registration.CheckAsync(new ActivityDraft { Sector = "BDT", Keywords = [marker], Regions = ["AFR"] });

        var best = matches.Value!.First();
        Assert.Equal($"act-{marker}-tsb", best.ActivityId);
        Assert.True(best.Explanation.CrossSector);
        Assert.Contains(best.Explanation.SharedTerms, t => t.Term == marker);
        Assert.Equal(CommandOutcome.Invalid, withoutText.Outcome);
        Assert.Contains("title", withoutText.Errors!.Keys);
        Assert.False(ActivityRegistration.CanCheck(new ActivityDraft { Title = "  " }));
        Assert.False(ActivityRegistration.CanCheck(new ActivityDraft { Title = "​‍" }));
    }
}
