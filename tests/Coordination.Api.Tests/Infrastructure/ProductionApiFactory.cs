using Coordination.Silo.Security;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Coordination.Api.Tests.Infrastructure;

/// <summary>
/// The host as deployed: the Production environment with an OIDC authority. The provider's metadata is given
/// rather than fetched (there is no provider), so a challenge redirects to its authorization endpoint.
/// Proxies on <see cref="ProxyNetwork"/> are trusted besides loopback.
/// </summary>
public sealed class ProductionApiFactory : ApiFactory
{
    public const string Authority = "https://login.example.org/coordination";
    public const string ProxyNetwork = "192.0.2.0/24";

    public ProductionApiFactory()
    {
    }

    internal ProductionApiFactory(string dataDirectory) : base(dataDirectory)
    {
    }

    protected override string EnvironmentName => "Production";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Authentication:Authority"] = Authority,
        ["ForwardedHeaders:KnownNetworks"] = ProxyNetwork,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>(Schemes.OpenIdConnect, options =>
            options.Configuration = new OpenIdConnectConfiguration { Issuer = Authority, AuthorizationEndpoint = Authority + "/authorize" }));
    }
}
