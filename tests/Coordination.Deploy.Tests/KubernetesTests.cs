using Coordination.Deploy.Tests.Infrastructure;
using Coordination.Silo.Hosting;

namespace Coordination.Deploy.Tests;

/// <summary>deploy/kubernetes: the Orleans deployment guidance, checked on the manifests.</summary>
public class KubernetesTests
{
    /// <summary>The API versions served by Kubernetes 1.30 (none of them deprecated there).</summary>
    private static readonly Dictionary<string, string> CurrentApiVersions = new()
    {
        ["Deployment"] = "apps/v1",
        ["Job"] = "batch/v1",
        ["Service"] = "v1",
        ["ConfigMap"] = "v1",
        ["Secret"] = "v1",
        ["PodDisruptionBudget"] = "policy/v1",
    };

    private static Dictionary<string, object?> Silo => DeployFiles.SiloContainer;

    private static Dictionary<string, object?> Env(Dictionary<string, object?> container, string name) =>
        container.ListAt("env").Maps().SingleOrDefault(e => e.TextAt("name") == name)
            ?? throw new Xunit.Sdk.XunitException($"The container '{container.TextAt("name")}' does not set {name}.");

    [Fact]
    public void Every_manifest_uses_an_api_version_current_for_Kubernetes_1_30_and_no_namespace()
    {
        Assert.NotEmpty(DeployFiles.Manifests);
        Assert.All(DeployFiles.Manifests, m =>
        {
            Assert.True(m.Kind is not null && CurrentApiVersions.ContainsKey(m.Kind), $"{m}: unexpected kind.");
            Assert.Equal(CurrentApiVersions[m.Kind!], m.ApiVersion);
            Assert.False(string.IsNullOrEmpty(m.Name), $"{m} has no name.");
            Assert.Null(m.Body.At("metadata", "namespace"));
        });
    }

    [Fact]
    public void Two_silos_run_the_host_image_with_its_HTTP_and_Orleans_ports()
    {
        var deployment = DeployFiles.Single("Deployment");

        Assert.Equal("2", deployment.Body.TextAt("spec", "replicas"));
        Assert.Equal(DeployFiles.ImageHttpPort, DeployFiles.ResolvePort(Silo, "http"));
        Assert.Equal(DeployFiles.ConfiguredOrleansPort(Silo, "Orleans__SiloPort"), DeployFiles.ResolvePort(Silo, "silo"));
        Assert.Equal(DeployFiles.ConfiguredOrleansPort(Silo, "Orleans__GatewayPort"), DeployFiles.ResolvePort(Silo, "gateway"));
        Assert.True(Enum.TryParse<HostingMode>(DeployFiles.EnvironmentFrom(Silo)["Orleans__Mode"], ignoreCase: true, out var mode) && mode == HostingMode.PostgreSql);
        Assert.NotNull(Silo.At("resources", "requests", "memory"));
        Assert.NotNull(Silo.At("resources", "limits", "memory"));
    }

    [Theory]
    [InlineData("livenessProbe", "/health/live")]
    [InlineData("readinessProbe", "/health/ready")]
    [InlineData("startupProbe", "/health/live")]
    public void Probes_ask_the_health_endpoints_on_the_container_s_HTTP_port(string probe, string path)
    {
        var httpGet = Silo.MapAt(probe, "httpGet");

        Assert.Equal(path, httpGet.TextAt("path"));
        var httpPort = DeployFiles.EnvironmentFrom(Silo).GetValueOrDefault("ASPNETCORE_URLS") is { } urls ? DeployFiles.PortOfUrls(urls) : DeployFiles.ImageHttpPort;
        Assert.Equal(httpPort, DeployFiles.ResolvePort(Silo, httpGet.TextAt("port")));
    }

    [Fact]
    public void Termination_grace_is_longer_than_the_silo_s_graceful_shutdown()
    {
        var grace = DeployFiles.PodTemplate.TextAt("spec", "terminationGracePeriodSeconds");

        Assert.NotNull(grace);
        Assert.True(int.Parse(grace) > 30, $"terminationGracePeriodSeconds {grace} is not above the silo's 30 s shutdown.");
    }

    [Fact]
    public void The_disruption_budget_the_Service_and_the_Deployment_select_the_silo_pods()
    {
        var pods = DeployFiles.PodLabels;
        var budget = DeployFiles.Single("PodDisruptionBudget");

        Assert.True(budget.Body.MapAt("spec", "selector", "matchLabels").Selects(pods), "The PodDisruptionBudget does not select the silo pods.");
        Assert.Equal("1", budget.Body.TextAt("spec", "minAvailable"));
        Assert.True(DeployFiles.Single("Deployment").Body.MapAt("spec", "selector", "matchLabels").Selects(pods), "The Deployment's selector does not select its own pods.");
        Assert.True(DeployFiles.Single("Service").Body.MapAt("spec", "selector").Selects(pods), "The Service does not select the silo pods.");
        Assert.All(DeployFiles.PodTemplate.ListAt("spec", "topologySpreadConstraints").Maps(),
            c => Assert.True(c.MapAt("labelSelector", "matchLabels").Selects(pods)));
    }

    [Fact]
    public void The_Service_sends_HTTP_to_the_silos_HTTP_port()
    {
        var port = Assert.Single(DeployFiles.Single("Service").Body.ListAt("spec", "ports").Maps());

        Assert.Equal(DeployFiles.ImageHttpPort, DeployFiles.ResolvePort(Silo, port.TextAt("targetPort")));
    }

    [Fact]
    public void The_Service_keeps_a_client_on_one_silo_for_the_web_UI_s_circuits()
    {
        Assert.Equal("ClientIP", DeployFiles.Single("Service").Body.TextAt("spec", "sessionAffinity"));
    }

    [Fact]
    public void The_silo_advertises_its_pod_IP_from_the_downward_API()
    {
        var env = Silo.ListAt("env").Maps().Select(e => e.TextAt("name")).ToList();

        Assert.Equal("status.podIP", Env(Silo, "POD_IP").TextAt("valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal("metadata.name", Env(Silo, "POD_NAME").TextAt("valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal("metadata.namespace", Env(Silo, "POD_NAMESPACE").TextAt("valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal("$(POD_IP)", Env(Silo, "Orleans__AdvertisedIPAddress").TextAt("value"));
        // $(VAR) expands only to variables defined earlier in the list.
        Assert.True(env.IndexOf("POD_IP") < env.IndexOf("Orleans__AdvertisedIPAddress"));
    }

    [Theory]
    [InlineData("Orleans__ServiceId", "orleans/serviceId")]
    [InlineData("Orleans__ClusterId", "orleans/clusterId")]
    public void The_cluster_identity_comes_from_the_pod_labels(string variable, string label)
    {
        var fieldPath = Env(Silo, variable).TextAt("valueFrom", "fieldRef", "fieldPath");

        Assert.Equal($"metadata.labels['{label}']", fieldPath);
        Assert.False(string.IsNullOrWhiteSpace(DeployFiles.PodLabels.TextAt(label)), $"The pods have no label {label}.");
    }

    [Fact]
    public void The_schema_is_migrated_by_the_host_image_before_the_silos_start()
    {
        var pod = DeployFiles.PodTemplate.MapAt("spec");
        var migrations = DeployFiles.HostContainers()
            .Where(c => c.Manifest.Kind == "Job" || pod.ListAt("initContainers").Contains(c.Container))
            .Select(c => c.Container)
            .ToList();

        var migrate = Assert.Single(migrations);
        Assert.Equal(Silo.TextAt("image"), migrate.TextAt("image"));
        // The image's entry point is dotnet Coordination.Silo.dll; the arguments follow it unless a command replaces it.
        var entryPoint = migrate.ListAt("command").OfType<string>().ToList() is { Count: > 0 } command ? command : [.. DeployFiles.Dockerfile.InFinalStage("ENTRYPOINT").Last().ExecForm()!];
        Assert.Equal(DeployFiles.Dockerfile.InFinalStage("ENTRYPOINT").Last().ExecForm(), entryPoint.Take(2));
        var args = entryPoint.Skip(2).Concat(migrate.ListAt("args").OfType<string>()).ToArray();
        Assert.True(DatabaseCommand.Matches(args), $"'{string.Join(' ', args)}' is not the host's db migrate command.");
        Assert.NotNull(Env(migrate, "ConnectionStrings__Coordination").At("valueFrom", "secretKeyRef"));
    }

    [Fact]
    public void The_connection_string_comes_from_a_Secret_both_containers_read()
    {
        foreach (var (_, container) in DeployFiles.HostContainers())
        {
            var reference = Env(container, "ConnectionStrings__Coordination").MapAt("valueFrom", "secretKeyRef");
            Assert.Null(Env(container, "ConnectionStrings__Coordination").At("value"));
            var secret = DeployFiles.Single("Secret", reference.TextAt("name"));
            Assert.True(secret.Data.ContainsKey(reference.TextAt("key")!), $"{secret} has no key {reference.TextAt("key")}.");
        }
    }

    [Fact]
    public void Every_ConfigMap_and_Secret_reference_resolves()
    {
        foreach (var (manifest, container) in DeployFiles.HostContainers())
        {
            foreach (var env in container.ListAt("env").Maps())
            {
                foreach (var (kind, key) in new[] { ("ConfigMap", "configMapKeyRef"), ("Secret", "secretKeyRef") })
                {
                    if (env.At("valueFrom", key) is not Dictionary<string, object?> reference) continue;
                    var target = DeployFiles.Single(kind, reference.TextAt("name"));
                    Assert.True(target.Data.ContainsKey(reference.TextAt("key")!), $"{manifest}: {target} has no key {reference.TextAt("key")}.");
                }
            }
            _ = DeployFiles.EnvironmentFrom(container); // fails when an envFrom names no ConfigMap or Secret here
        }
    }

    [Fact]
    public void Secrets_are_templates_outside_the_folder_kubectl_applies()
    {
        // `kubectl apply -f deploy/kubernetes/` is not recursive: a placeholder there would overwrite the real Secret.
        Assert.All(DeployFiles.Manifests.Where(m => m.Kind == "Secret"), secret =>
        {
            Assert.NotEqual(Repository.Kubernetes, Path.GetDirectoryName(secret.File));
            Assert.All(secret.Data.Values, v => Assert.Contains("REPLACE-ME", v));
        });
    }

    [Fact]
    public void The_silos_need_no_access_to_the_Kubernetes_API()
    {
        Assert.Equal("false", DeployFiles.PodTemplate.TextAt("spec", "automountServiceAccountToken"));
        Assert.DoesNotContain(DeployFiles.Manifests, m => m.Kind is "Role" or "ClusterRole" or "RoleBinding" or "ClusterRoleBinding" or "ServiceAccount");
    }
}
