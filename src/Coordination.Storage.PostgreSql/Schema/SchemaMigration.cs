using System.Security.Cryptography;
using System.Text;

namespace Coordination.Storage.PostgreSql.Schema;

/// <summary>
/// One versioned step of the schema: an embedded script named <c>NNNN_description.sql</c>. A migration is never
/// edited once released; a change to the schema is a new migration.
/// </summary>
public sealed record SchemaMigration(int Version, string Name, string Sql)
{
    /// <summary>
    /// SHA-256 of the script, recorded when it is applied so that a released migration edited afterwards is noticed.
    /// Line endings are normalised first: a checkout with CRLF is the same script.
    /// </summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    public override string ToString() => $"{Version:D4}_{Name}";
}
