namespace Coordination.Domain.Alerts;

/// <summary>
/// The free text people add to an alert: comments, the reason of a decision and the assignee. A reason is
/// limited like a comment, and an alert takes at most <see cref="Limits.CommentsPerAlert"/> comments, so that
/// an alert stays a record of its decision that every dashboard can afford to read.
/// </summary>
public static class AlertRules
{
    /// <summary>The trimmed reason of a decision; null when none is given (the caller says whether one is required).</summary>
    public static string? Reason(ValidationErrors errors, string? reason)
    {
        var text = FieldRules.OptionalText(errors, "reason", reason, Limits.CommentLength, multiLine: true);
        return text.Length == 0 ? null : text;
    }

    public static string Comment(ValidationErrors errors, string? text, Alert alert)
    {
        var comment = FieldRules.RequiredText(errors, "text", text, Limits.CommentLength, multiLine: true);
        if (alert.Trail.Count(e => e.Action == AlertActions.Commented) >= Limits.CommentsPerAlert)
            errors.Add("text", $"This alert has {Limits.CommentsPerAlert} comments, the most an alert takes; decide it, or carry the discussion on elsewhere.");
        return comment;
    }

    /// <summary>A user id, or null to take the alert back.</summary>
    public static string? Assignee(ValidationErrors errors, string? assignee)
    {
        var userId = FieldRules.OptionalText(errors, "assignee", assignee, Limits.UserIdLength);
        return userId.Length == 0 ? null : userId;
    }
}
