using System.ComponentModel.DataAnnotations;

namespace Coordination.Silo.Calendars;

/// <summary>The "Clashes" section: how close two events may be before they clash.</summary>
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
