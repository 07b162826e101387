using System.Security.Claims;
using System.Security.Cryptography;
using Coordination.Silo.Hosting;
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
}

/// <summary>Issues tokens for the demo users; exists only in the Development environment without an OIDC authority.</summary>
public sealed class DevelopmentTokenIssuer(SymmetricSecurityKey key, string audience, TimeProvider clock)
{
    public const string Issuer = "coordination-development";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public SymmetricSecurityKey Key => key;

    public string Issue(DevelopmentUser user)
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

/// <summary>The cookie that carries an administrator's token to the Orleans dashboard.</summary>
public static class DashboardCookie
{
    public const string Name = "coordination-dashboard-token";
    public const string Path = "/dashboard";
}

public static class SecurityHosting
{
    public static WebApplicationBuilder AddCoordinationSecurity(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(AuthenticationSettings.Section).Get<AuthenticationSettings>() ?? new();
        var useDevelopmentSignIn = string.IsNullOrWhiteSpace(settings.Authority);
        if (useDevelopmentSignIn && !builder.Environment.IsDevelopment())
            throw new ConfigurationProblem(
                "Authentication:Authority is not set. Outside the Development environment the platform needs an OIDC provider: " +
                "set Authentication__Authority and Authentication__Audience, or run with ASPNETCORE_ENVIRONMENT=Development for the development sign-in.");

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            // A browser opening the Orleans dashboard cannot send a bearer header; the sign-in page sets this
            // cookie, limited to the dashboard's path and to same-site requests.
            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments(DashboardCookie.Path) && context.Request.Cookies.TryGetValue(DashboardCookie.Name, out var token))
                        context.Token = token;
                    return Task.CompletedTask;
                },
            };
            options.TokenValidationParameters.NameClaimType = CoordinationClaims.Name;
            options.TokenValidationParameters.RoleClaimType = CoordinationClaims.Role;
            options.TokenValidationParameters.ValidAudience = settings.Audience;
            if (!useDevelopmentSignIn)
            {
                options.Authority = settings.Authority;
                options.Audience = settings.Audience;
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            }
        });

        if (useDevelopmentSignIn)
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
            .AddPolicy(Policies.Admin, p => p.RequireRole(Domain.Access.Roles.Admin));
        builder.Services.AddSingleton<IAuthorizationHandler, ScopeAuthorizationHandler>();
        return builder;
    }
}
