namespace Coordination.Domain.ReferenceData;

public static class ThematicPriorityRules
{
    public static Validated<ThematicPriority> Validate(string code, ThematicPriority priority)
    {
        var errors = new ValidationErrors();
        if (!Identifiers.IsValid(code)) errors.Add("code", $"'{code}' is not a valid code. Identifiers are 1 to 64 lower-case letters, digits or hyphens, not starting or ending with a hyphen.");
        if (priority.Code != code) errors.Add("code", $"The body's code '{priority.Code}' does not match '{code}'.");
        var name = FieldRules.RequiredText(errors, "name", priority.Name, Limits.NameLength);
        var description = FieldRules.OptionalText(errors, "description", priority.Description, Limits.DescriptionLength, multiLine: true);
        return Validated<ThematicPriority>.From(new ThematicPriority(code, name, description), errors);
    }
}
