using System.ComponentModel.DataAnnotations;

namespace Coordination.Silo.Hosting;

public enum HostingMode
{
    /// <summary>One silo on this machine, localhost clustering, state in a local SQLite file.</summary>
    Embedded,

    /// <summary>Several silos sharing one PostgreSQL database for membership, grain state and reminders.</summary>
    PostgreSql,
}

/// <summary>The "Orleans" section: how this silo joins its cluster.</summary>
public sealed class ClusterHostingOptions
{
    public const string Section = "Orleans";

    public HostingMode Mode { get; set; } = HostingMode.Embedded;

    [Required] public string ServiceId { get; set; } = "coordination";

    [Required] public string ClusterId { get; set; } = "coordination-local";

    [Range(1, 65535)] public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)] public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one at (PostgreSql mode); default: this machine's first IPv4 address. In Kubernetes, the pod IP.</summary>
    public string? AdvertisedIPAddress { get; set; }

    /// <summary>Apply pending schema migrations at start-up (PostgreSql mode); turn off when deployments run <c>db migrate</c>.</summary>
    public bool MigrateSchemaOnStart { get; set; } = true;

    public const string ConnectionStringName = "Coordination";
}

/// <summary>The "Storage" section: where the embedded mode keeps its data.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder of the SQLite database, the development signing key and the embedded mode's sign-in keys; default "data" under the content root.</summary>
    public string DataDirectory { get; set; } = "";

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? Path.Combine(contentRoot, "data") : DataDirectory, contentRoot);
}

/// <summary>The "DemoData" section.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>Load the demo topics, task forces, activities and events on first start.</summary>
    public bool Enabled { get; set; }
}
