using System.ComponentModel.DataAnnotations;

namespace Coordination.Silo.Alerts;

/// <summary>The "Alerts" section: how many alerts one item may raise.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>Alerts one activity or event raises when registered or changed, its most severe first; the rest are listed on it.</summary>
    [Range(1, 100, ErrorMessage = "Alerts:PerItem must be between 1 and 100.")]
    public int PerItem { get; set; } = AlertBudget.Default.PerItem;

    public AlertBudget ToBudget() => new(PerItem);
}
