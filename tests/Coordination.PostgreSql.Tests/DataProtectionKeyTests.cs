using System.Security.Cryptography;
using System.Xml.Linq;
using Coordination.PostgreSql.Tests.Infrastructure;
using Coordination.Storage.PostgreSql.DataProtection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Coordination.PostgreSql.Tests;

/// <summary>The data protection key ring in the shared database: what one silo protects, every other silo reads.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class DataProtectionKeyTests(PostgreSqlFixture postgres)
{
    private const string ApplicationName = "coordination";
    private const string Purpose = "coordination-web cookie";

    [Fact]
    public async Task The_repository_returns_every_element_it_stored_to_another_instance()
    {
        var database = await MigratedDatabaseAsync("xmlrepo");
        var first = new XElement("key", new XAttribute("id", "1"), new XElement("material", "one"));
        var second = new XElement("revocation", new XElement("reason", "two"));

        new PostgreSqlXmlRepository(database).StoreElement(first, "key-1");
        new PostgreSqlXmlRepository(database).StoreElement(second, "revocation-2");
        var read = new PostgreSqlXmlRepository(database).GetAllElements();

        Assert.Equal(2, read.Count);
        Assert.Contains(read, e => XNode.DeepEquals(e, first));
        Assert.Contains(read, e => XNode.DeepEquals(e, second));
        Assert.Equal(["key-1", "revocation-2"],
            await Sql.RowsAsync(database, "SELECT friendly_name FROM coordination_data_protection_keys ORDER BY 1", r => r.GetString(0)));
    }

    [Fact]
    public async Task A_stored_element_is_never_overwritten_by_another_under_its_name()
    {
        var database = await MigratedDatabaseAsync("xmlonce");
        var repository = new PostgreSqlXmlRepository(database);

        repository.StoreElement(new XElement("key", "original"), "key-1");
        repository.StoreElement(new XElement("key", "replacement"), "key-1");

        Assert.Equal("original", Assert.Single(repository.GetAllElements()).Value);
    }

    [Fact]
    public async Task What_one_silo_protects_another_silo_on_the_same_database_unprotects()
    {
        var database = await MigratedDatabaseAsync("sharedkeys");
        using var siloA = Provider(database, ApplicationName);
        using var siloB = Provider(database, ApplicationName);

        var fromA = Protector(siloA).Protect("signed in as li.wei");
        var fromB = Protector(siloB).Protect("antiforgery token");

        Assert.Equal("signed in as li.wei", Protector(siloB).Unprotect(fromA));
        Assert.Equal("antiforgery token", Protector(siloA).Unprotect(fromB));
        // B found A's key in the database instead of making its own.
        Assert.Equal(1L, await Sql.ScalarAsync<long>(database, "SELECT count(*) FROM coordination_data_protection_keys"));
    }

    [Fact]
    public async Task A_restarted_silo_reads_what_it_protected_before()
    {
        var database = await MigratedDatabaseAsync("restart");
        string protectedBefore;
        using (var before = Provider(database, ApplicationName))
            protectedBefore = Protector(before).Protect("still signed in");

        using var after = Provider(database, ApplicationName);

        Assert.Equal("still signed in", Protector(after).Unprotect(protectedBefore));
    }

    [Fact]
    public async Task A_silo_with_another_application_name_cannot_read_the_payloads()
    {
        var database = await MigratedDatabaseAsync("appname");
        using var silo = Provider(database, ApplicationName);
        using var other = Provider(database, "another-application");

        var payload = Protector(silo).Protect("signed in as li.wei");

        Assert.ThrowsAny<CryptographicException>(() => Protector(other).Unprotect(payload));
    }

    /// <summary>A silo's data protection as the host configures it in PostgreSql mode, in its own container.</summary>
    private static ServiceProvider Provider(string database, string applicationName)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName(applicationName).PersistKeysToPostgreSql(database);
        return services.BuildServiceProvider();
    }

    private static IDataProtector Protector(IServiceProvider silo) => silo.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    private async Task<string> MigratedDatabaseAsync(string purpose)
    {
        var database = await postgres.CreateDatabaseAsync(purpose);
        await Storage.PostgreSql.Schema.PostgreSqlSchema.MigrateAsync(database);
        return database;
    }
}
