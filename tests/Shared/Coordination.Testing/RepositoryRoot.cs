namespace Coordination.Testing;

/// <summary>The repository: the folder of Coordination.sln.</summary>
public static class RepositoryRoot
{
    /// <summary>The folder of Coordination.sln at or above <paramref name="start"/>; null when there is none.</summary>
    public static string? Above(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Coordination.sln"))) return folder.FullName;
        return null;
    }

    /// <summary>The repository the running program was built in, found above its output folder.</summary>
    public static string OfProgram =>
        Above(AppContext.BaseDirectory) ?? throw new InvalidOperationException($"Coordination.sln not found above {AppContext.BaseDirectory}.");
}
