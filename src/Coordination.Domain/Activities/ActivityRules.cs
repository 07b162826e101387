namespace Coordination.Domain.Activities;

public static class ActivityRules
{
    /// <summary>Validates and normalises a draft into the activity that would be stored under <paramref name="id"/>.</summary>
    public static Validated<Activity> Validate(string id, ActivityDraft draft, KnownReferences known, Audit audit)
    {
        var errors = new ValidationErrors();
        FieldRules.Id(errors, id);
        if (draft.Id is not null && draft.Id != id) errors.Add("id", $"The body's id '{draft.Id}' does not match the activity '{id}'.");

        var sector = FieldRules.Enum<Sector>(errors, "sector", draft.Sector);
        var kind = FieldRules.Enum<ActivityKind>(errors, "kind", draft.Kind);
        var status = FieldRules.Enum(errors, "status", draft.Status, (ActivityStatus?)ActivityStatus.Planned);
        var title = FieldRules.RequiredText(errors, "title", draft.Title, Limits.TitleLength);
        var (description, unit, keywords) = Texts(errors, draft);
        var language = FieldRules.Language(errors, draft.Language);
        var targets = new List<string>();
        foreach (var target in draft.Targets ?? [])
        {
            if (target is not null && StrategicFramework.IsTarget(target.Trim())) { if (!targets.Contains(target.Trim())) targets.Add(target.Trim()); }
            else errors.Add("targets", $"Unknown target '{target}'. Expected one of: {string.Join(", ", StrategicFramework.Targets.Select(t => t.Code))}.");
        }
        var regions = FieldRules.Enums<Region>(errors, "regions", draft.Regions);
        var countries = FieldRules.Countries(errors, "countries", draft.Countries);
        if (countries.Length > Limits.ListItems) errors.Add("countries", $"countries has {countries.Length} entries; at most {Limits.ListItems} are allowed.");
        var topics = FieldRules.Topics(errors, draft.Topics, known);
        var priority = FieldRules.ThematicPriority(errors, draft.ThematicPriority, known);

        Dates(errors, draft);

        var activity = new Activity
        {
            Id = id,
            Sector = sector,
            Unit = unit.Length == 0 ? null : unit,
            Kind = kind,
            Title = title,
            Description = description,
            Language = language,
            Keywords = keywords,
            Topics = topics,
            ThematicPriority = priority,
            Targets = [.. targets],
            Regions = regions,
            Countries = countries,
            StartDate = draft.StartDate,
            EndDate = draft.EndDate,
            Status = status,
            Audit = audit,
        };
        return Validated<Activity>.From(activity, errors);
    }

    /// <summary>
    /// The errors of a draft checked for overlaps before it is registered: the registration's limits on every field the
    /// check reads, so that no text is analysed that could not be registered. Empty when the draft can be checked.
    /// </summary>
    public static Dictionary<string, LocalizableText[]> CheckableErrors(ActivityDraft draft)
    {
        var errors = new ValidationErrors();
        var title = FieldRules.OptionalText(errors, "title", draft.Title, Limits.TitleLength);
        var (description, _, _) = Texts(errors, draft);
        if (title.Length == 0 && description.Length == 0) errors.Add("title", $"Give at least a title or a description to check.");
        if (draft.Countries is { Length: > Limits.ListItems } countries) errors.Add("countries", $"countries has {countries.Length} entries; at most {Limits.ListItems} are allowed.");
        Dates(errors, draft);
        return errors.ToMessages();
    }

    private static (string Description, string Unit, string[] Keywords) Texts(ValidationErrors errors, ActivityDraft draft) => (
        FieldRules.OptionalText(errors, "description", draft.Description, Limits.DescriptionLength, multiLine: true),
        FieldRules.OptionalText(errors, "unit", draft.Unit, Limits.ShortTextLength),
        FieldRules.TextList(errors, "keywords", draft.Keywords, Limits.Keywords, Limits.KeywordLength));

    private static void Dates(ValidationErrors errors, ActivityDraft draft)
    {
        FieldRules.Date(errors, "startDate", draft.StartDate);
        FieldRules.Date(errors, "endDate", draft.EndDate);
        if (draft.StartDate is { } start && draft.EndDate is { } end && end < start)
            errors.Add("endDate", $"endDate {end:yyyy-MM-dd} is before startDate {start:yyyy-MM-dd}.");
    }
}
