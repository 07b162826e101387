namespace Coordination.PostgreSql.Tests.Infrastructure;

/// <summary>Everything the migrations create, as comparable lines: tables and columns, indexes, functions, queries, versions.</summary>
internal static class SchemaSnapshot
{
    public static async Task<List<string>> TakeAsync(string database)
    {
        var lines = new List<string>();
        lines.AddRange(await Sql.RowsAsync(database, """
            SELECT 'table ' || table_name FROM information_schema.tables WHERE table_schema = 'public'
            UNION ALL
            SELECT format('column %s.%s %s %s', table_name, column_name, data_type, is_nullable)
              FROM information_schema.columns WHERE table_schema = 'public'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
            UNION ALL
            SELECT format('function %s %s', p.oid::regprocedure, md5(p.prosrc))
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
            UNION ALL
            SELECT format('query %s %s', querykey, md5(querytext)) FROM orleansquery
            UNION ALL
            SELECT format('migration %s %s %s %s', version, name, checksum, applied_at) FROM coordination_schema_version
            ORDER BY 1
            """, r => r.GetString(0)));
        return lines;
    }
}
