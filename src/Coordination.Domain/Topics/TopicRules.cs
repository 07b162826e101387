namespace Coordination.Domain.Topics;

public static class TopicRules
{
    public static Validated<Topic> Validate(string id, TopicDraft draft, KnownReferences known, Audit audit, string[] taskForces)
    {
        var errors = new ValidationErrors();
        FieldRules.Id(errors, id);
        if (draft.Id is not null && draft.Id != id) errors.Add("id", $"The body's id '{draft.Id}' does not match the topic '{id}'.");
        var topic = new Topic
        {
            Id = id,
            Name = FieldRules.RequiredText(errors, "name", draft.Name, Limits.NameLength),
            Description = FieldRules.OptionalText(errors, "description", draft.Description, Limits.DescriptionLength, multiLine: true),
            Keywords = FieldRules.TextList(errors, "keywords", draft.Keywords, Limits.Keywords, Limits.KeywordLength),
            ThematicPriority = FieldRules.ThematicPriority(errors, draft.ThematicPriority, known),
            TaskForces = taskForces,
            Audit = audit,
        };
        return Validated<Topic>.From(topic, errors);
    }
}
