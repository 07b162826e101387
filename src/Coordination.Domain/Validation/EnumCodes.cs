namespace Coordination.Domain.Validation;

/// <summary>Reads enum codes the way users write them: any case, with or without spaces, hyphens or underscores.</summary>
public static class EnumCodes
{
    public static bool TryParse<TEnum>(string? value, out TEnum parsed) where TEnum : struct, Enum
    {
        parsed = default;
        if (string.IsNullOrWhiteSpace(value) || int.TryParse(value, out _)) return false;
        var compact = value.Trim().Replace("-", "").Replace("_", "").Replace(" ", "");
        return Enum.TryParse(compact, ignoreCase: true, out parsed) && Enum.IsDefined(parsed);
    }

    public static string Expected<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());
}
