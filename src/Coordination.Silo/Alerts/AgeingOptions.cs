using System.ComponentModel.DataAnnotations;

namespace Coordination.Silo.Alerts;

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
