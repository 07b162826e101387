namespace Coordination.Domain.Regions;

public static class RegionalDirectorRules
{
    public static Validated<RegionalDirector> Validate(RegionalDirector director)
    {
        var errors = new ValidationErrors();
        var userId = FieldRules.RequiredText(errors, "userId", director.UserId, Limits.UserIdLength);
        var name = FieldRules.RequiredText(errors, "name", director.Name, Limits.NameLength);
        var email = FieldRules.OptionalText(errors, "email", director.Email, Limits.ShortTextLength);
        return Validated<RegionalDirector>.From(new RegionalDirector(userId, name, email.Length == 0 ? null : email), errors);
    }
}
