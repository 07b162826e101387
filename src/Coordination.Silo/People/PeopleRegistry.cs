using System.Collections.Concurrent;
using System.Security.Claims;

namespace Coordination.Silo.People;

/// <summary>A person as the API shows them: the people picker's rows and an alert's assignee.</summary>
public sealed record PersonView(string Id, string Name, string[] Roles, Sector? Sector, Region? Region, string[] TaskForces)
{
    public static PersonView Of(Person p) => new(p.Id, p.Name, p.Roles, p.Sector, p.Region, p.TaskForces);
}

/// <summary>Who someone is, by id: the name shown beside an assignment or a registration.</summary>
public sealed record PersonRef(string Id, string Name);

/// <summary>
/// The people the platform knows, for the API and the pages alike: with the development sign-in, its demo users; and
/// everyone recorded at sign-in (<see cref="RecordAsync"/>). Each host remembers whom it recorded as what, so a caller's
/// every request costs a dictionary look-up, and the grains are called only when someone is new or has changed.
/// </summary>
public sealed partial class PeopleRegistry(IGrainFactory grains, IServiceProvider services, ILogger<PeopleRegistry> logger)
{
    private readonly ConcurrentDictionary<string, Person> _recorded = new(StringComparer.Ordinal);

    /// <summary>The demo users count as known only where the development sign-in exists.</summary>
    private bool DemoUsersKnown => services.GetService<DevelopmentTokenIssuer>() is not null;

    /// <summary>The person a signed-in user's claims describe.</summary>
    public static Person Describe(ClaimsPrincipal user)
    {
        var caller = user.ToCaller();
        return PeopleRules.Normalised(new Person
        {
            Id = caller.UserId,
            Name = user.FindFirstValue(CoordinationClaims.Name) ?? user.Identity?.Name ?? caller.UserId,
            Roles = [.. caller.Roles],
            Sector = caller.Sector,
            Region = caller.Region,
            TaskForces = [.. caller.TaskForces],
        });
    }

    public static Person Describe(DevelopmentUser user) => Describe(new ClaimsPrincipal(new ClaimsIdentity(DevelopmentUsers.Claims(user), "development")));

    /// <summary>
    /// Records the signed-in user. A failure is logged, not thrown: being recorded is not a condition of signing in,
    /// and the next request tries again.
    /// </summary>
    public async Task RecordAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(CoordinationClaims.Subject) is null) return;
        var seen = Describe(user);
        if (_recorded.TryGetValue(seen.Id, out var known) && known.SameAs(seen)) return;
        try
        {
            _recorded[seen.Id] = await grains.GetGrain<IPersonGrain>(seen.Id).RecordAsync(seen);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogNotRecorded(logger, seen.Id, failure);
        }
    }

    /// <summary>Everyone known, for a picker: the recorded people and (with the development sign-in) the demo users not recorded yet.</summary>
    public async Task<Person[]> AllAsync()
    {
        var recorded = await grains.GetGrain<IPeopleDirectoryGrain>(0).ListAsync();
        if (!DemoUsersKnown) return recorded;
        var ids = recorded.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return [.. recorded, .. DevelopmentUsers.All.Where(u => !ids.Contains(u.Id)).Select(Describe)];
    }

    public async Task<PersonView[]> SearchAsync(string? query, int limit) =>
        [.. PeopleRules.Ranked(await AllAsync(), query).Take(limit).Select(PersonView.Of)];

    /// <summary>The known person of that id, or null.</summary>
    public async Task<Person?> FindAsync(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        id = id.Trim();
        if (DemoUsersKnown && DevelopmentUsers.All.FirstOrDefault(u => u.Id == id) is { } demo) return Describe(demo);
        return _recorded.TryGetValue(id, out var known) ? known : await grains.GetGrain<IPersonGrain>(id).GetAsync();
    }

    /// <summary>Names by id for a list's rows, read once per list; an id nobody recorded is named by itself.</summary>
    public async Task<Func<string?, PersonRef?>> NamerAsync()
    {
        var names = (await AllAsync()).ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        return id => string.IsNullOrWhiteSpace(id) ? null : new PersonRef(id, names.GetValueOrDefault(id) ?? id);
    }

    public async Task<PersonRef?> RefAsync(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : new PersonRef(id, (await FindAsync(id))?.Name ?? id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record person {PersonId}; the next request tries again")]
    private static partial void LogNotRecorded(ILogger logger, string personId, Exception failure);
}
