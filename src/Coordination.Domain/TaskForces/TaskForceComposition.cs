namespace Coordination.Domain.TaskForces;

/// <summary>
/// What a task force is made of: its topics, its members and its lead sector. A topic on a task force's list is
/// one its members may edit, so changing the composition hands out ownership (see <see cref="AccessRules.CanChangeTaskForceComposition"/>).
/// </summary>
public static class TaskForceComposition
{
    /// <summary>
    /// True when the draft, read the way validation reads it (trimmed, codes in any case), would change the
    /// topics, the members or the lead sector. A draft that validation will refuse counts as a change.
    /// </summary>
    public static bool ChangedBy(TaskForce current, TaskForceDraft draft) =>
        !(EnumCodes.TryParse<Sector>(draft.LeadSector, out var lead) && lead == current.LeadSector)
        || !Topics(draft).SetEquals(current.Topics)
        || Members(draft) is not { } members
        || !members.SetEquals(current.Members.Select(m => (m.UserId, m.Name, m.Sector)));

    private static HashSet<string> Topics(TaskForceDraft draft) =>
        (draft.Topics ?? []).Select(t => t?.Trim().ToLowerInvariant() ?? "").ToHashSet(StringComparer.Ordinal);

    /// <returns>null when a member lacks what validation requires.</returns>
    private static HashSet<(string UserId, string Name, string Sector)>? Members(TaskForceDraft draft)
    {
        var members = new HashSet<(string, string, string)>();
        foreach (var member in draft.Members ?? [])
        {
            if (member is null || string.IsNullOrWhiteSpace(member.UserId) || string.IsNullOrWhiteSpace(member.Name)
                || !EnumCodes.TryParse<Sector>(member.Sector, out var sector)) return null;
            members.Add((member.UserId.Trim(), member.Name.Trim(), sector.ToString()));
        }
        return members;
    }
}
