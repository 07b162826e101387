using System.Reflection;
using Coordination.Deploy.Tests.Infrastructure;
using Coordination.Silo.Hosting;
using Coordination.Silo.Security;

namespace Coordination.Deploy.Tests;

/// <summary>The deployment files set only variables the host reads, so a misspelt or renamed setting fails here.</summary>
public class HostSettingsTests
{
    [Fact]
    public void The_image_sets_only_host_settings()
    {
        Assert.All(DeployFiles.Dockerfile.Environment().Keys, name => Assert.Contains(name, HostSettings.Names));
    }

    [Fact]
    public void Compose_sets_only_host_settings_for_the_host()
    {
        foreach (var (service, definition) in DeployFiles.ComposeHostServices())
        {
            Assert.All(DeployFiles.ComposeEnvironment(definition).Keys,
                name => Assert.True(HostSettings.Names.Contains(name), $"compose service {service} sets {name}, which the host does not read."));
        }
    }

    [Fact]
    public void Kubernetes_sets_only_host_settings_and_the_downward_API_variables_for_the_host()
    {
        var containers = DeployFiles.HostContainers().ToList();

        Assert.NotEmpty(containers);
        foreach (var (manifest, container) in containers)
        {
            Assert.All(DeployFiles.EnvironmentFrom(container).Keys, name => Assert.True(
                HostSettings.Names.Contains(name) || HostSettings.DownwardApi.Contains(name),
                $"{manifest}, container {container.TextAt("name")}, sets {name}, which the host does not read."));
        }
    }

    [Fact]
    public void Every_listed_setting_is_one_the_host_binds()
    {
        var sections = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
        {
            [ClusterHostingOptions.Section] = typeof(ClusterHostingOptions),
            [StorageOptions.Section] = typeof(StorageOptions),
            [AuthenticationSettings.Section] = typeof(AuthenticationSettings),
            [DataProtectionSettings.Section] = typeof(DataProtectionSettings),
            [ForwardedHeadersSettings.Section] = typeof(ForwardedHeadersSettings),
        };
        var hostSource = string.Join("\n", Directory.EnumerateFiles(Repository.PathOf("src", "Coordination.Silo"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        foreach (var name in HostSettings.Names)
        {
            if (name.Split("__") is ["ConnectionStrings", var connection])
                Assert.Equal(ClusterHostingOptions.ConnectionStringName, connection);
            else if (name.Split("__") is [var section, var key])
            {
                Assert.True(sections.TryGetValue(section, out var type), $"{name}: the host has no section {section}.");
                Assert.True(type.GetProperty(key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.CanWrite == true,
                    $"{name}: {type.Name} has no settable property {key}.");
            }
            else if (name.StartsWith("OTEL_", StringComparison.Ordinal))
                Assert.Contains($"\"{name}\"", hostSource);
            else
                Assert.StartsWith("ASPNETCORE_", name);
        }
    }
}
