using Npgsql;

namespace Coordination.FaultTests.Infrastructure;

/// <summary>A silo's row in the membership table.</summary>
internal sealed record MembershipRow(string Address, int Port, int Generation, int Status)
{
    public const int Active = 3;
    public const int Dead = 6;

    public string StatusName => Status switch
    {
        1 => "Created", 2 => "Joining", 3 => "Active", 4 => "ShuttingDown", 5 => "Stopping", 6 => "Dead", _ => $"status {Status}",
    };
}

internal static class Membership
{
    /// <summary>Every silo row of the cluster, newest generation last.</summary>
    public static async Task<MembershipRow[]> ReadMembershipAsync(this PostgreSqlServer server, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString(database, maximumPoolSize: 2));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT address, port, generation, status FROM orleans_membership ORDER BY port, generation", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<MembershipRow>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new MembershipRow(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        return [.. rows];
    }
}
