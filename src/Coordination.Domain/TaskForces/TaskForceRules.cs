namespace Coordination.Domain.TaskForces;

public static class TaskForceRules
{
    public static Validated<TaskForce> Validate(string id, TaskForceDraft draft, KnownReferences known, Audit audit)
    {
        var errors = new ValidationErrors();
        FieldRules.Id(errors, id);
        if (draft.Id is not null && draft.Id != id) errors.Add("id", $"The body's id '{draft.Id}' does not match the task force '{id}'.");
        var members = new List<TaskForceMember>();
        foreach (var member in draft.Members ?? [])
        {
            if (member is null || string.IsNullOrWhiteSpace(member.UserId) || string.IsNullOrWhiteSpace(member.Name))
            {
                errors.Add("members", $"Each member needs a userId and a name.");
                continue;
            }
            var sector = FieldRules.Enum<Sector>(errors, "members", member.Sector);
            var userId = FieldRules.RequiredText(errors, "members", member.UserId, Limits.UserIdLength, subject: "A member's userId");
            var name = FieldRules.RequiredText(errors, "members", member.Name, Limits.NameLength, subject: "A member's name");
            if (members.Any(m => m.UserId == userId))
                errors.Add("members", $"Member '{userId}' is listed twice.");
            else
                members.Add(new TaskForceMember(userId, name, sector.ToString()));
        }
        if (members.Count > Limits.ListItems) errors.Add("members", $"A task force has at most {Limits.ListItems} members.");

        var taskForce = new TaskForce
        {
            Id = id,
            Name = FieldRules.RequiredText(errors, "name", draft.Name, Limits.NameLength),
            Mandate = FieldRules.OptionalText(errors, "mandate", draft.Mandate, Limits.DescriptionLength, multiLine: true),
            LeadSector = FieldRules.Enum<Sector>(errors, "leadSector", draft.LeadSector),
            Members = [.. members],
            Topics = FieldRules.Topics(errors, draft.Topics, known),
            Audit = audit,
        };
        return Validated<TaskForce>.From(taskForce, errors);
    }
}
