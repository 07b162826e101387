using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Coordination.Silo.Security;

/// <summary>The "Authentication" section.</summary>
public sealed class AuthenticationSettings
{
    public const string Section = "Authentication";

    /// <summary>The OIDC provider that issues tokens (production). Empty selects the development sign-in.</summary>
    public string Authority { get; set; } = "";

    public string Audience { get; set; } = "coordination";

    /// <summary>Allows an http:// authority, for a provider on a private network.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The web UI's client at the OIDC provider (authorization code flow with PKCE); empty means the audience.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>Empty for a public client.</summary>
    public string ClientSecret { get; set; } = "";
}

/// <summary>
/// The schemes: the API takes bearer tokens only (no cookie, so no cross-site request forgery); the web UI
/// keeps its user in a cookie, signed in by the development sign-in page or by the OIDC provider.
/// </summary>
public static class Schemes
{
    public const string Default = "coordination";
    public const string Bearer = JwtBearerDefaults.AuthenticationScheme;
    public const string Cookie = "coordination-web";
    public const string OpenIdConnect = "oidc";

    /// <summary>The Orleans dashboard, for administrators (the web UI's committee dashboards live under it too, at /dashboard/{route}).</summary>
    public static readonly PathString DashboardPath = "/dashboard";

    /// <summary>Paths answered with 401/403 problems to bearer tokens rather than redirected to a sign-in page.</summary>
    public static bool IsTokenPath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health");

    /// <summary>
    /// The dashboard takes either: a bearer token from a script, or the web cookie from a browser, which cannot
    /// send a bearer header. The API itself never reads the cookie.
    /// </summary>
    public static string For(HttpRequest request) =>
        IsTokenPath(request.Path) || (request.Path.StartsWithSegments(DashboardPath) && request.Headers.Authorization.Count > 0) ? Bearer : Cookie;
}

/// <summary>Issues tokens for the demo users; exists only in the Development environment without an OIDC authority.</summary>
public sealed class DevelopmentTokenIssuer(SymmetricSecurityKey key, string audience, TimeProvider clock)
{
    public const string Issuer = "coordination-development";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public SymmetricSecurityKey Key => key;

    public string Issue(DevelopmentUser user)
    {
        var claims = DevelopmentUsers.Claims(user);
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The signing key lives in the data folder so that tokens stay valid across restarts.</summary>
    public static SymmetricSecurityKey LoadOrCreateKey(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, "development-signing.key");
        if (!File.Exists(path)) File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(32));
        return new SymmetricSecurityKey(File.ReadAllBytes(path));
    }
}

public static class SecurityHosting
{
    public static WebApplicationBuilder AddCoordinationSecurity(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(AuthenticationSettings.Section).Get<AuthenticationSettings>() ?? new();
        var useDevelopmentSignIn = string.IsNullOrWhiteSpace(settings.Authority);
        var signInMode = SignInMode.Of(settings);
        if (useDevelopmentSignIn && !builder.Environment.IsDevelopment())
            throw new ConfigurationProblem(
                "Authentication:Authority is not set. Outside the Development environment the platform needs an OIDC provider: " +
                "set Authentication__Authority and Authentication__Audience, or run with ASPNETCORE_ENVIRONMENT=Development for the development sign-in.");

        var authentication = builder.Services.AddAuthentication(Schemes.Default)
            .AddPolicyScheme(Schemes.Default, "API token or web sign-in", options =>
                options.ForwardDefaultSelector = context => Schemes.For(context.Request))
            .AddCookie(Schemes.Cookie, options =>
            {
                options.Cookie.Name = "coordination-web";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the browser spoke https, to this host or to the TLS proxy in front of it (forwarded headers).
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/signin";
                options.LogoutPath = "/signout";
                options.AccessDeniedPath = "/signin";
                options.ExpireTimeSpan = DevelopmentTokenIssuer.Lifetime;
                options.SlidingExpiration = true;
                if (!useDevelopmentSignIn) options.ForwardChallenge = Schemes.OpenIdConnect;
                options.Events = new CookieAuthenticationEvents
                {
                    OnSigningIn = async context =>
                    {
                        await SignInMode.StampAsync(context, signInMode);
                        if (context.Principal is { } user) await context.HttpContext.RequestServices.GetRequiredService<PeopleRegistry>().RecordAsync(user);
                    },
                    OnValidatePrincipal = context => SignInMode.ValidateAsync(context, signInMode),
                    OnRedirectToAccessDenied = RefuseDashboardOrRedirect,
                };
            });
        builder.Services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        authentication.AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = CoordinationClaims.Name;
            options.TokenValidationParameters.RoleClaimType = CoordinationClaims.Role;
            options.TokenValidationParameters.ValidAudience = settings.Audience;
            // An API caller is recorded when first seen (and when their claims change); PeopleRegistry skips the rest.
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = context => context.Principal is { } user
                    ? context.HttpContext.RequestServices.GetRequiredService<PeopleRegistry>().RecordAsync(user)
                    : Task.CompletedTask,
            };
            if (!useDevelopmentSignIn)
            {
                options.Authority = settings.Authority;
                options.Audience = settings.Audience;
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            }
        });

        if (!useDevelopmentSignIn)
        {
            authentication.AddOpenIdConnect(Schemes.OpenIdConnect, options =>
            {
                options.Authority = settings.Authority;
                options.ClientId = string.IsNullOrWhiteSpace(settings.ClientId) ? settings.Audience : settings.ClientId;
                if (!string.IsNullOrWhiteSpace(settings.ClientSecret)) options.ClientSecret = settings.ClientSecret;
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                options.ResponseType = "code";
                options.SignInScheme = Schemes.Cookie;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.TokenValidationParameters.NameClaimType = CoordinationClaims.Name;
                options.TokenValidationParameters.RoleClaimType = CoordinationClaims.Role;
            });
        }
        else
        {
            var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new();
            var key = DevelopmentTokenIssuer.LoadOrCreateKey(storage.ResolveDataDirectory(builder.Environment.ContentRootPath));
            builder.Services.AddSingleton(sp => new DevelopmentTokenIssuer(key, settings.Audience, sp.GetRequiredService<TimeProvider>()));
            builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.TokenValidationParameters.ValidIssuer = DevelopmentTokenIssuer.Issuer;
                options.TokenValidationParameters.IssuerSigningKey = key;
            });
        }

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, p => p.RequireRole(Domain.Access.Roles.Admin))
            .AddPolicy(Policies.Coordinators, p => p.RequireRole(Domain.Access.Roles.Coordinator, Domain.Access.Roles.Admin));
        builder.Services.AddSingleton<IAuthorizationHandler, ScopeAuthorizationHandler>();
        return builder;
    }

    /// <summary>
    /// A signed-in user who is not an administrator gets 403 at the Orleans dashboard: the sign-in page, where
    /// pages send them, would only offer to sign in again.
    /// </summary>
    private static Task RefuseDashboardOrRedirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments(Schemes.DashboardPath)) context.Response.StatusCode = StatusCodes.Status403Forbidden;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
