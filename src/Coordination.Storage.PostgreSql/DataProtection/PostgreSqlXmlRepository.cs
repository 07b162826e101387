using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Coordination.Storage.PostgreSql.DataProtection;

/// <summary>
/// The ASP.NET Core data protection key ring in the database the silos share (table <see cref="Table"/>,
/// migration 0005), so that a sign-in cookie or antiforgery token issued by one silo is read by every other and
/// survives restarts. Stores the XML as the key manager hands it over: unencrypted unless a key encryptor is
/// configured (<c>ProtectKeysWithCertificate</c>).
/// </summary>
/// <remarks>
/// <see cref="IXmlRepository"/> is synchronous; the key manager calls it at start-up, when its cached key ring
/// expires (about daily) and when it creates or revokes a key, never per request.
/// </remarks>
public sealed class PostgreSqlXmlRepository(string connectionString) : IXmlRepository
{
    public const string Table = "coordination_data_protection_keys";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT xml FROM {Table} ORDER BY created_at, friendly_name", connection);
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read()) elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }

    /// <remarks>
    /// A name already stored keeps its first element: keys are immutable, and a repeated store (a retry) carries the
    /// same element. Rewriting a key's XML could change the material behind cookies already issued.
    /// </remarks>
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        // The key manager always names its elements; the file system repository also invents a name when it does not.
        var name = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString() : friendlyName;

        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"INSERT INTO {Table} (friendly_name, xml) VALUES ($1, $2) ON CONFLICT (friendly_name) DO NOTHING", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = element.ToString(SaveOptions.DisableFormatting) });
        command.ExecuteNonQuery();
    }
}
