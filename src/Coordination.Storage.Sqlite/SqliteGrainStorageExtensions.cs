using Coordination.Grains.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Coordination.Storage.Sqlite;

public static class SqliteGrainStorageExtensions
{
    /// <summary>Adds a grain storage provider named <paramref name="name"/> that keeps state and rows in a SQLite file.</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure) =>
        builder.ConfigureServices(services =>
        {
            services.AddOptions<SqliteGrainStorageOptions>(name)
                .Configure(configure)
                .Validate(o => !string.IsNullOrWhiteSpace(o.DatabasePath), "The SQLite grain storage needs a DatabasePath.");
            services.AddTransient<IPostConfigureOptions<SqliteGrainStorageOptions>, DefaultStorageProviderSerializerOptionsConfigurator<SqliteGrainStorageOptions>>();
            services.AddGrainStorage(name, (sp, key) => ActivatorUtilities.CreateInstance<SqliteGrainStorage>(
                sp, key, sp.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(key)));
            // The same instance: one database file has one writer, whose groups commit state and rows together.
            services.AddKeyedSingleton<IGrainRowStorage>(name, (sp, key) => (SqliteGrainStorage)sp.GetRequiredKeyedService<IGrainStorage>(key));
        });
}
