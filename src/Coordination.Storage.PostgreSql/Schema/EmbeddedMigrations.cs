using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Coordination.Storage.PostgreSql.Schema;

/// <summary>Reads the migrations compiled into this assembly from <c>Migrations/*.sql</c>.</summary>
internal static partial class EmbeddedMigrations
{
    private const string ResourcePrefix = "Migrations/";

    public static IReadOnlyList<SchemaMigration> Load()
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(m => m.Version)
            .ToList();
        EnsureNumberedFromOneWithoutGaps(migrations);
        return migrations;
    }

    private static SchemaMigration Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..];
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
            throw new InvalidOperationException($"Migration '{fileName}' is not named NNNN_description.sql.");

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new SchemaMigration(
            int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
            match.Groups["name"].Value,
            reader.ReadToEnd());
    }

    // The applied versions are compared by number: a gap or a duplicate would make "pending" ambiguous.
    private static void EnsureNumberedFromOneWithoutGaps(List<SchemaMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException(
                    $"Migrations must be numbered 1, 2, 3 ... without gaps or duplicates; found {string.Join(", ", migrations)}.");
        }
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
