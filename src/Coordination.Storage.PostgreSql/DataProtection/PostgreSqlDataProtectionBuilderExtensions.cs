using Microsoft.AspNetCore.DataProtection;
using Npgsql;

namespace Coordination.Storage.PostgreSql.DataProtection;

public static class PostgreSqlDataProtectionBuilderExtensions
{
    /// <summary>
    /// Keeps the data protection key ring in the PostgreSQL database the silos share (<see cref="PostgreSqlXmlRepository"/>).
    /// The schema must include migration 0005; the silos' start-up migration or <c>db migrate</c> applies it.
    /// Give every silo the same application name (<c>SetApplicationName</c>), or they cannot read each other's payloads.
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToPostgreSql(this IDataProtectionBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _ = new NpgsqlConnectionStringBuilder(connectionString); // a malformed string fails here, not at the first sign-in

        var repository = new PostgreSqlXmlRepository(connectionString);
        return builder.AddKeyManagementOptions(o => o.XmlRepository = repository);
    }
}
