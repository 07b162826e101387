using Coordination.Storage.PostgreSql.Schema;

namespace Coordination.Silo.Hosting;

/// <summary><c>db migrate</c>: creates or upgrades the PostgreSQL schema, then exits. Idempotent; safe to run from several places at once.</summary>
public static class DatabaseCommand
{
    public static bool Matches(string[] args) => args is ["db", "migrate", ..];

    public static async Task<int> RunAsync(IConfiguration configuration, ILoggerFactory loggers)
    {
        var connectionString = OrleansHosting.PostgreSqlConnectionString(configuration);
        var result = await PostgreSqlSchema.MigrateAsync(connectionString, loggers.CreateLogger("db migrate"));
        Console.WriteLine(result.Applied.Count == 0
            ? $"The schema is up to date (version {result.SchemaVersion})."
            : $"Applied {string.Join(", ", result.Applied.Select(m => $"{m.Version:0000} {m.Name}"))}; the schema is at version {result.SchemaVersion}.");
        return 0;
    }
}
