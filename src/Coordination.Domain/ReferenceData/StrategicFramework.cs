using System.Collections.Frozen;

namespace Coordination.Domain.ReferenceData;

/// <summary>The ITU strategic plan 2024-2027: two goals and their targets, which activities are tagged with.</summary>
public static class StrategicFramework
{
    public sealed record Goal(int Number, string Name);

    public sealed record Target(string Code, int Goal, string Name);

    public static IReadOnlyList<Goal> Goals { get; } =
    [
        new(1, "Universal connectivity"),
        new(2, "Sustainable digital transformation"),
    ];

    public static IReadOnlyList<Target> Targets { get; } =
    [
        new("1.1", 1, "Universal broadband coverage"),
        new("1.2", 1, "Broadband affordable for all"),
        new("1.3", 1, "Broadband in every household"),
        new("2.1", 2, "Universal individual internet use"),
        new("2.2", 2, "Close digital divides (gender, age, urban/rural)"),
        new("2.3", 2, "Universal business use"),
        new("2.4", 2, "Every school connected"),
        new("2.5", 2, "Most people with digital skills"),
        new("2.6", 2, "Most people using e-government"),
        new("2.7", 2, "ICT contribution to climate action"),
    ];

    private static readonly FrozenSet<string> TargetCodes = Targets.Select(t => t.Code).ToFrozenSet();

    public static bool IsTarget(string code) => TargetCodes.Contains(code);
}

/// <summary>The thematic priorities loaded on a new installation; administrators edit them afterwards.</summary>
public static class DefaultThematicPriorities
{
    public static IReadOnlyList<ThematicPriority> All { get; } =
    [
        new("spectrum-orbits", "Spectrum and satellite orbits", "Radio-frequency spectrum management, satellite orbit coordination and the Radio Regulations."),
        new("infrastructure-standards", "Infrastructure and services (standards)", "International standards for networks and services: IMT, IoT, AI, security, multimedia."),
        new("enabling-environment", "Enabling environment", "Policy, regulation, digital finance, cybersecurity capacity and investment that let digital transformation happen."),
        new("inclusive-connectivity", "Inclusive and secure connectivity", "Connecting the unconnected: rural broadband, school connectivity, affordability, emergency telecommunications."),
        new("digital-skills", "Digital skills and capacity building", "Training, academies and knowledge-sharing for member states and the ITU membership."),
        new("sustainability", "Environment and climate action", "E-waste, energy efficiency, climate monitoring and smart sustainable cities."),
    ];
}

/// <summary>The six official UN languages, by ISO 639-1 code.</summary>
public static class UnLanguages
{
    public static IReadOnlyList<string> Codes { get; } = ["ar", "zh", "en", "fr", "ru", "es"];

    public static bool IsUnLanguage(string code) => Codes.Contains(code);
}
