namespace Coordination.Domain.Records;

/// <summary>
/// The refusals of the record life cycle, one sentence per kind of record rather than the kind's name in a shared
/// sentence, so that every language can word each one with its own grammar. The ids are what the user sent.
/// </summary>
public static class RecordRefusals
{
    public static FormattableString AlreadyExists(string kind, string id) => kind switch
    {
        "activity" => $"An activity with id '{id}' already exists.",
        "event" => $"An event with id '{id}' already exists.",
        "task force" => $"A task force with id '{id}' already exists.",
        "topic" => $"A topic with id '{id}' already exists.",
        _ => $"A {kind} with id '{id}' already exists.",
    };

    public static FormattableString Missing(string kind, string id) => kind switch
    {
        "activity" => $"There is no activity with id '{id}'.",
        "alert" => $"There is no alert with id '{id}'.",
        "event" => $"There is no event with id '{id}'.",
        "flagship window" => $"There is no flagship window with id '{id}'.",
        "task force" => $"There is no task force with id '{id}'.",
        "thematic priority" => $"There is no thematic priority with id '{id}'.",
        "topic" => $"There is no topic with id '{id}'.",
        _ => $"There is no {kind} with id '{id}'.",
    };

    public static FormattableString StaleVersion(string kind, string id, int version, int expected) => kind switch
    {
        "activity" => $"The activity '{id}' is at version {version}, not {expected}: it changed since you read it. Read it again and reapply your change.",
        "event" => $"The event '{id}' is at version {version}, not {expected}: it changed since you read it. Read it again and reapply your change.",
        "task force" => $"The task force '{id}' is at version {version}, not {expected}: it changed since you read it. Read it again and reapply your change.",
        "topic" => $"The topic '{id}' is at version {version}, not {expected}: it changed since you read it. Read it again and reapply your change.",
        _ => $"The {kind} '{id}' is at version {version}, not {expected}: it changed since you read it. Read it again and reapply your change.",
    };

    public static FormattableString ChangedConcurrently(string kind, string id) => kind switch
    {
        "activity" => $"The activity '{id}' was changed concurrently. Read it again and reapply your change.",
        "event" => $"The event '{id}' was changed concurrently. Read it again and reapply your change.",
        "task force" => $"The task force '{id}' was changed concurrently. Read it again and reapply your change.",
        "topic" => $"The topic '{id}' was changed concurrently. Read it again and reapply your change.",
        _ => $"The {kind} '{id}' was changed concurrently. Read it again and reapply your change.",
    };
}
