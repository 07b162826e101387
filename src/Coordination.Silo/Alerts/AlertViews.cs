using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coordination.Silo.Alerts;

/// <summary>One side of an alert as its detail shows it: what it is, who registered it, and its links to other activities.</summary>
/// <param name="Kind">"activity" or "event"; null for a side the platform no longer holds (deleted) or a flagship window.</param>
public sealed record AlertSide(string Id, string? Kind, string? Title, Sector? Sector, PersonRef? RegisteredBy, DateTimeOffset? RegisteredAt, ActivityLink[] Links);

/// <summary>
/// What an alert's detail adds to the stored alert: whom it is assigned to, named; the dashboard that owns it; each side's
/// registrant and links; and the links between the two activities, as the first side holds them.
/// </summary>
public sealed record AlertDetail(Alert Alert, string Owner, PersonRef? Assignee, AlertSide[] Sides, ActivityLink[] LinksBetween);

/// <summary>
/// The API's JSON of alert rows and details: the alert's own fields, as stored and listed, with the additions beside them,
/// so that a client reading the earlier shape reads this one unchanged.
/// </summary>
public sealed class AlertViews(IGrainFactory grains, PeopleRegistry people, OverlapWording wording)
{
    public async Task<AlertDetail?> DetailAsync(string id)
    {
        if (await grains.GetGrain<IAlertGrain>(id).GetAsync() is not { } stored) return null;
        var alert = await wording.WordAsync(stored);
        var sides = await Task.WhenAll(alert.ItemIds.Select(side => SideAsync(side, alert.Kind)));
        var between = sides.Length == 2 ? sides[0].Links.Where(l => l.OtherId == sides[1].Id).ToArray() : [];
        return new AlertDetail(alert, AlertKeys.OwnerOf(alert.Routes, alert.Kind, alert.EscalatedAt is not null, AlertKeys.Mcg), await people.RefAsync(alert.AssignedTo), sides, between);
    }

    private async Task<AlertSide> SideAsync(string id, string kind)
    {
        // A clash pairs events (or an event and a flagship window), an overlap activities: only those grains are asked.
        if (kind == AlertKeys.ActivityOverlap && await grains.GetGrain<IActivityGrain>(id).GetAsync() is { } activity)
        {
            var (registrant, links) = (people.RefAsync(activity.Audit.CreatedBy), grains.GetGrain<IActivityLinksGrain>(id).ListAsync());
            return new AlertSide(id, "activity", activity.Title, activity.Sector, await registrant, activity.Audit.CreatedAt, await links);
        }
        if (kind == AlertKeys.EventClash && await grains.GetGrain<IEventGrain>(id).GetAsync() is { } planned)
            return new AlertSide(id, "event", planned.Title, planned.OrganisingSectors.Length == 1 ? planned.OrganisingSectors[0] : null,
                await people.RefAsync(planned.Audit.CreatedBy), planned.Audit.CreatedAt, []);
        return new AlertSide(id, null, null, null, null, null, []);
    }

    /// <summary>The alert's fields, then owner, assignee ({id, name} or null), sides and linksBetween.</summary>
    public static JsonObject Json(AlertDetail detail, JsonSerializerOptions options)
    {
        var json = JsonSerializer.SerializeToNode(detail.Alert, options)!.AsObject();
        json["owner"] = detail.Owner;
        json["assignee"] = JsonSerializer.SerializeToNode(detail.Assignee, options);
        json["sides"] = JsonSerializer.SerializeToNode(detail.Sides, options);
        json["linksBetween"] = JsonSerializer.SerializeToNode(detail.LinksBetween, options);
        return json;
    }

    /// <summary>The summary's fields, then owner and assignee ({id, name} or null).</summary>
    public static JsonObject Json(AlertRow row, JsonSerializerOptions options)
    {
        var json = JsonSerializer.SerializeToNode(row.Alert, options)!.AsObject();
        json["owner"] = row.Owner;
        json["assignee"] = JsonSerializer.SerializeToNode(row.Assignee, options);
        return json;
    }
}
