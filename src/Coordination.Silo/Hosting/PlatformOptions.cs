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

/// <summary>The "Overlaps" section.</summary>
public sealed class OverlapOptions
{
    public const string Section = "Overlaps";

    /// <summary>How often every activity is re-checked: the start of each planning cycle.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "45.00:00:00", ErrorMessage = "Overlaps:RescanPeriod must be between one minute and 45 days.")]
    public TimeSpan RescanPeriod { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The folder of the lexicons that let texts in one language find overlaps in the others, relative to the
    /// application's folder unless absolute; without it, detection works within each language only.
    /// </summary>
    public string Lexicons { get; set; } = "lexicons";

    public string ResolveLexicons() => Path.IsPathRooted(Lexicons) ? Lexicons : Path.Combine(AppContext.BaseDirectory, Lexicons);
}

public sealed class ClashOptions
{
    public const string Section = "Clashes";

    /// <summary>Events this close without overlapping still clash in the same city or country.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "60.00:00:00", ErrorMessage = "Clashes:AdjacencyGap must be between 0 and 60 days.")]
    public TimeSpan AdjacencyGap { get; set; } = ClashSettings.Default.AdjacencyGap;

    /// <summary>Events on the same subject in the same region this close clash.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "180.00:00:00", ErrorMessage = "Clashes:SubjectWindow must be between 0 and 180 days.")]
    public TimeSpan SubjectWindow { get; set; } = ClashSettings.Default.SubjectWindow;

    public ClashSettings ToSettings() => new(AdjacencyGap, SubjectWindow);
}

/// <summary>The "Alerts" section: how many alerts one item may raise.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>Alerts one activity or event raises when registered or changed, its most severe first; the rest are listed on it.</summary>
    [Range(1, 100, ErrorMessage = "Alerts:PerItem must be between 1 and 100.")]
    public int PerItem { get; set; } = AlertBudget.Default.PerItem;

    public AlertBudget ToBudget() => new(PerItem);
}

/// <summary>The "Ageing" section: when alerts are escalated and activities are due for review.</summary>
public sealed class AgeingOptions
{
    public const string Section = "Ageing";

    /// <summary>An open alert older than this is overdue and escalated from the MCG to the Coordination Committee.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00", ErrorMessage = "Ageing:AlertOverdueAfter must be between one hour and 365 days.")]
    public TimeSpan AlertOverdueAfter { get; set; } = AgeingSettings.Default.AlertOverdueAfter;

    /// <summary>An activity not updated for this long is overdue for review; one planning cycle by default.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "730.00:00:00", ErrorMessage = "Ageing:ActivityStaleAfter must be between one day and 730 days.")]
    public TimeSpan ActivityStaleAfter { get; set; } = AgeingSettings.Default.ActivityStaleAfter;

    /// <summary>How often overdue alerts are looked for; an Orleans reminder ticks at most once a minute.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Ageing:CheckEvery must be between one minute and one day.")]
    public TimeSpan CheckEvery { get; set; } = AgeingSettings.Default.CheckEvery;

    public AgeingSettings ToSettings() => new(AlertOverdueAfter, ActivityStaleAfter, CheckEvery);
}
