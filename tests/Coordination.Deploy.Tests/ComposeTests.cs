using Coordination.Deploy.Tests.Infrastructure;
using Coordination.Silo.Hosting;

namespace Coordination.Deploy.Tests;

/// <summary>deploy/compose.yaml: PostgreSQL, the one-shot schema migration, two silos and a collector.</summary>
public class ComposeTests
{
    private static readonly Dictionary<string, object?> Services = DeployFiles.Compose.MapAt("services");
    private static readonly string[] Silos = ["silo-1", "silo-2"];

    private static Dictionary<string, object?> Service(string name) =>
        Assert.IsType<Dictionary<string, object?>>(Services.GetValueOrDefault(name) ?? throw new Xunit.Sdk.XunitException($"No service '{name}'."));

    [Fact]
    public void Every_service_running_the_host_builds_it_from_the_repository_root_with_deploy_Dockerfile()
    {
        var hostServices = DeployFiles.ComposeHostServices().ToList();

        Assert.Equal(["migrate", .. Silos], hostServices.Select(s => s.Name).Order());
        foreach (var (name, service) in hostServices)
        {
            Assert.True(service.TextAt("build", "context") == "..", $"{name} does not build from context '..'.");
            Assert.True(service.TextAt("build", "dockerfile") == "deploy/Dockerfile", $"{name} does not build deploy/Dockerfile.");
            Assert.True(DeployFiles.IsHostImage(service.TextAt("image")), $"{name} does not name the image {DeployFiles.ImageName}.");
        }
        // Compose resolves the context against the compose file's folder, and the Dockerfile against the context.
        var context = Path.GetFullPath(Path.Combine(Repository.Deploy, ".."));
        Assert.True(File.Exists(Path.Combine(context, "Coordination.sln")), "The build context is not the repository root.");
        Assert.True(File.Exists(Path.Combine(context, "deploy", "Dockerfile")));
    }

    [Fact]
    public void Two_silos_in_PostgreSql_mode_name_the_same_cluster()
    {
        var environments = Silos.Select(s => DeployFiles.ComposeEnvironment(Service(s))).ToList();

        Assert.All(environments, e =>
        {
            Assert.True(Enum.TryParse<HostingMode>(e["Orleans__Mode"], ignoreCase: true, out var mode) && mode == HostingMode.PostgreSql);
            Assert.False(string.IsNullOrWhiteSpace(e.GetValueOrDefault("Orleans__ServiceId")));
            Assert.False(string.IsNullOrWhiteSpace(e.GetValueOrDefault("Orleans__ClusterId")));
            Assert.False(string.IsNullOrWhiteSpace(e.GetValueOrDefault("Authentication__Authority")));
            // Unset, so each silo advertises its own container address.
            Assert.False(e.ContainsKey("Orleans__AdvertisedIPAddress"));
        });
        Assert.Single(environments.Select(e => (e["Orleans__ServiceId"], e["Orleans__ClusterId"])).Distinct());
    }

    [Fact]
    public void The_silos_publish_the_image_s_HTTP_port_on_distinct_host_ports()
    {
        var mappings = Silos.Select(s => Assert.Single(Service(s).ListAt("ports")) as string ?? throw new Xunit.Sdk.XunitException($"{s}: use the short port syntax."))
            .Select(p => p.Split(':')).ToList();

        Assert.All(mappings, m => Assert.Equal(DeployFiles.ImageHttpPort, int.Parse(m[^1])));
        Assert.Equal(Silos.Length, mappings.Select(m => m[^2]).Distinct().Count());
    }

    [Fact]
    public void The_connection_strings_name_the_postgres_service()
    {
        Assert.StartsWith("postgres:15", Service("postgres").TextAt("image"));
        foreach (var (name, service) in DeployFiles.ComposeHostServices())
        {
            var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(DeployFiles.ComposeEnvironment(service)["ConnectionStrings__Coordination"]);
            Assert.True(connectionString.Host == "postgres", $"{name} connects to '{connectionString.Host}'.");
            Assert.Equal(DeployFiles.ComposeEnvironment(Service("postgres"))["POSTGRES_DB"], connectionString.Database);
            Assert.Equal(DeployFiles.ComposeEnvironment(Service("postgres"))["POSTGRES_USER"], connectionString.Username);
        }
    }

    [Fact]
    public void PostgreSQL_keeps_its_data_in_a_volume_and_reports_its_health()
    {
        var postgres = Service("postgres");
        var volume = Assert.Single(postgres.ListAt("volumes")) as string;

        Assert.EndsWith(":/var/lib/postgresql/data", volume);
        Assert.Contains(volume!.Split(':')[0], DeployFiles.Compose.MapAt("volumes").Keys);
        Assert.Contains(postgres.ListAt("healthcheck", "test").OfType<string>(), t => t.Contains("pg_isready", StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_is_migrated_once_before_the_silos_start()
    {
        var migrate = Service("migrate");
        var command = migrate.ListAt("command").OfType<string>().ToArray();

        Assert.True(DatabaseCommand.Matches(command), $"'{string.Join(' ', command)}' is not the host's db migrate command.");
        Assert.Null(migrate.At("entrypoint"));
        Assert.Equal("service_healthy", migrate.TextAt("depends_on", "postgres", "condition"));
        Assert.All(Silos, s => Assert.Equal("service_completed_successfully", Service(s).TextAt("depends_on", "migrate", "condition")));
        Assert.All(Silos, s => Assert.Equal("service_healthy", Service(s).TextAt("depends_on", "postgres", "condition")));
    }

    [Fact]
    public void Silos_have_longer_to_stop_than_their_graceful_shutdown_takes()
    {
        Assert.All(Silos, s => Assert.True(ComposeDuration(Service(s).TextAt("stop_grace_period")) > TimeSpan.FromSeconds(30),
            $"{s}: stop_grace_period must be above the silo's 30 s shutdown (Docker's default is 10 s)."));
    }

    [Fact]
    public void The_collector_reads_the_mounted_config_and_receives_what_the_silos_send()
    {
        var collector = Service("otel-collector");
        Assert.StartsWith("otel/opentelemetry-collector-contrib:", collector.TextAt("image"));
        var mount = Assert.Single(collector.ListAt("volumes")) as string;
        var (source, target) = (mount!.Split(':')[0], mount.Split(':')[1]);
        var config = Path.GetFullPath(Path.Combine(Repository.Deploy, source));
        Assert.True(File.Exists(config), $"The collector mounts {source}, which does not exist next to compose.yaml.");
        Assert.Contains($"--config={target}", collector.ListAt("command").OfType<string>());

        var settings = Yaml.LoadMapping(config);
        var grpc = settings.TextAt("receivers", "otlp", "protocols", "grpc", "endpoint");
        Assert.NotNull(settings.At("receivers", "otlp", "protocols", "http"));
        Assert.NotNull(settings.At("exporters", "debug"));
        foreach (var (_, pipeline) in settings.MapAt("service", "pipelines"))
        {
            Assert.Contains("otlp", pipeline.ListAt("receivers"));
            Assert.All(pipeline.ListAt("exporters").OfType<string>(), e => Assert.Contains(e, settings.MapAt("exporters").Keys));
        }
        Assert.All(Silos, s => Assert.Equal($"http://otel-collector:{grpc!.Split(':')[^1]}",
            DeployFiles.ComposeEnvironment(Service(s))["OTEL_EXPORTER_OTLP_ENDPOINT"]));
    }

    /// <summary>Compose durations: 60s, 1m30s, 1h.</summary>
    private static TimeSpan ComposeDuration(string? text)
    {
        Assert.NotNull(text);
        var total = TimeSpan.Zero;
        foreach (System.Text.RegularExpressions.Match part in System.Text.RegularExpressions.Regex.Matches(text, @"(\d+)(ms|h|m|s)"))
        {
            var amount = int.Parse(part.Groups[1].Value);
            total += part.Groups[2].Value switch
            {
                "h" => TimeSpan.FromHours(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "s" => TimeSpan.FromSeconds(amount),
                _ => TimeSpan.FromMilliseconds(amount),
            };
        }
        return total;
    }
}
