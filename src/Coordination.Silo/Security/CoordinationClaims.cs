using System.Security.Claims;

namespace Coordination.Silo.Security;

/// <summary>
/// The claims the platform reads from a token. An OIDC provider must issue the same names (or map
/// them): "role" (repeated), "sector", "region" and "taskforce" (repeated).
/// </summary>
public static class CoordinationClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Sector = "sector";
    public const string Region = "region";
    public const string TaskForce = "taskforce";

    public static Caller ToCaller(this ClaimsPrincipal user) => new(
        user.UserId(),
        user.FindAll(Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
        Enum.TryParse<Sector>(user.FindFirstValue(Sector), out var sector) ? sector : null,
        Enum.TryParse<Region>(user.FindFirstValue(Region), out var region) ? region : null,
        user.FindAll(TaskForce).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));

    /// <summary>The user's identifier as recorded in audit fields.</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(Subject) ?? user.Identity?.Name ?? "anonymous";
}
