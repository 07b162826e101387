using System.Security.Claims;

namespace Coordination.Silo.Security;

/// <summary>
/// A demo user of the development sign-in. <see cref="Committee"/>: the committee (an alert route) a coordinator sits on,
/// which the sign-in page names in the reader's language; <see cref="Description"/> is its English wording.
/// </summary>
public sealed record DevelopmentUser(string Id, string Name, string Role, string Description, Sector? Sector = null, Region? Region = null, string[]? TaskForces = null, string? Committee = null);

/// <summary>The users the development sign-in issues tokens for: one or more of every role, matching the demo data.</summary>
public static class DevelopmentUsers
{
    public static IReadOnlyList<DevelopmentUser> All { get; } =
    [
        new("amina.diallo", "Amina Diallo", Roles.TaskForceMember, "BDT task-force member (AI, digital inclusion)", Sector.BDT, TaskForces: ["tf-ai", "tf-digital-inclusion"]),
        new("carlos.rivera", "Carlos Rivera", Roles.TaskForceMember, "BDT task-force member (IMT/5G, smart cities)", Sector.BDT, TaskForces: ["tf-imt-5g", "tf-smart-cities"]),
        new("li.wei", "Li Wei", Roles.TaskForceMember, "BR task-force member (IMT/5G, emergency telecommunications)", Sector.BR, TaskForces: ["tf-imt-5g", "tf-emergency-telecom"]),
        new("pierre.martin", "Pierre Martin", Roles.TaskForceMember, "TSB task-force member (AI, smart cities)", Sector.TSB, TaskForces: ["tf-ai", "tf-smart-cities"]),
        new("sara.haddad", "Sara Haddad", Roles.TaskForceMember, "GS task-force member (digital inclusion)", Sector.GS, TaskForces: ["tf-digital-inclusion"]),
        new("helena.berg", "Helena Berg", Roles.Coordinator, "Management Coordination Group member", Committee: AlertKeys.Mcg),
        new("kwame.mensah", "Kwame Mensah", Roles.Coordinator, "Coordination Committee member", Committee: AlertKeys.CoCo),
        new("director.afr", "Director, Africa", Roles.RegionalDirector, "Regional director for Africa", Region: Region.AFR),
        new("director.ams", "Director, Americas", Roles.RegionalDirector, "Regional director for the Americas", Region: Region.AMS),
        new("director.arb", "Director, Arab States", Roles.RegionalDirector, "Regional director for the Arab States", Region: Region.ARB),
        new("director.asp", "Director, Asia-Pacific", Roles.RegionalDirector, "Regional director for Asia and the Pacific", Region: Region.ASP),
        new("director.cis", "Director, CIS", Roles.RegionalDirector, "Regional director for the CIS region", Region: Region.CIS),
        new("director.eur", "Director, Europe", Roles.RegionalDirector, "Regional director for Europe", Region: Region.EUR),
        new("admin", "Platform administrator", Roles.Admin, "Administrator: reference data and regional offices"),
    ];

    /// <summary>The claims a signed-in demo user carries, in a token or in the web UI's cookie alike.</summary>
    public static List<Claim> Claims(DevelopmentUser user)
    {
        var claims = new List<Claim>
        {
            new(CoordinationClaims.Subject, user.Id),
            new(CoordinationClaims.Name, user.Name),
            new(CoordinationClaims.Role, user.Role),
        };
        if (user.Sector is { } sector) claims.Add(new(CoordinationClaims.Sector, sector.ToString()));
        if (user.Region is { } region) claims.Add(new(CoordinationClaims.Region, region.ToString()));
        claims.AddRange((user.TaskForces ?? []).Select(t => new Claim(CoordinationClaims.TaskForce, t)));
        return claims;
    }

    public static DevelopmentUser? Find(string? id) => All.FirstOrDefault(u => string.Equals(u.Id, id, StringComparison.OrdinalIgnoreCase));
}
