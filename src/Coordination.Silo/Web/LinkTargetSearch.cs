namespace Coordination.Silo.Web;

/// <summary>An activity found by its title, to link to: shown with its sector and status so that namesakes are told apart.</summary>
public sealed record LinkCandidate(string Id, string Title, Sector Sector, ActivityStatus Status);

/// <summary>
/// Finds activities by title in any UN language as a person types, for the link form (best first, at most
/// <paramref name="limit"/>, never <paramref name="excluding"/>). Backed by the activity title search that
/// GET /api/activities/search serves; while none is registered, the form asks for the other activity's id.
/// </summary>
public interface ILinkTargetSearch
{
    Task<LinkCandidate[]> FindAsync(string query, int limit, string? excluding);
}
