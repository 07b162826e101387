using System.ComponentModel.DataAnnotations;

namespace Coordination.Silo.Overlaps;

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
