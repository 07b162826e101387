using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Coordination.Silo.Security;

/// <summary>
/// Binds a web cookie to the sign-in that issued it. Hosts on one data folder (or one database) share the
/// data-protection keys, so a Development host's cookie, whose user merely picked a demo account, would otherwise
/// read as valid on a Production host; this host accepts only tickets stamped with its own mode.
/// </summary>
public static class SignInMode
{
    public const string Development = "development";

    /// <summary>The ticket property that names the mode; inside the encrypted ticket, so a browser cannot change it.</summary>
    public const string Property = ".coordination.sign-in-mode";

    /// <summary>Another OIDC provider is another mode too: its users are not this provider's users.</summary>
    public static string Of(AuthenticationSettings settings) =>
        string.IsNullOrWhiteSpace(settings.Authority) ? Development : "oidc " + settings.Authority.Trim().TrimEnd('/');

    public static Task StampAsync(CookieSigningInContext context, string mode)
    {
        context.Properties.Items[Property] = mode;
        return Task.CompletedTask;
    }

    /// <summary>A ticket of another mode, or from before the stamp existed, is refused and its cookie removed.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context, string mode)
    {
        if (context.Properties.Items.TryGetValue(Property, out var stamped) && string.Equals(stamped, mode, StringComparison.Ordinal)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(Schemes.Cookie);
    }
}
