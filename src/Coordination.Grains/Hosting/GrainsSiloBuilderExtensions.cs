using System.Text.Json.Serialization;
using Coordination.Grains.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;
using Orleans.Storage;

namespace Coordination.Grains.Hosting;

public static class GrainsSiloBuilderExtensions
{
    /// <summary>
    /// What the grains need from their silo: a clock, the overlap and clash models, the lexicons (none unless the host loads them), the default clash settings and alert budget, and grain state stored as JSON with enum names.
    /// That format names no CLR types, so a renamed class or a new optional field reads old rows unchanged.
    /// The storage provider itself (named <see cref="StorageNames.Provider"/>) is chosen by the host.
    /// </summary>
    public static ISiloBuilder AddCoordinationGrains(this ISiloBuilder silo)
    {
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton(OverlapModel.Default);
        silo.Services.TryAddSingleton<OverlapScorer>();
        silo.Services.TryAddSingleton(Lexicons.None);
        silo.Services.TryAddSingleton(ClashModel.Default);
        silo.Services.TryAddSingleton(ClashSettings.Default);
        silo.Services.TryAddSingleton<ClashScorer>();
        silo.Services.TryAddSingleton(AgeingSettings.Default);
        silo.Services.TryAddSingleton(AlertBudget.Default);
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o =>
            o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return silo;
    }

    /// <summary>
    /// Orleans' in-memory grain storage with its rows (<see cref="MemoryGrainRowStorage"/>) under <paramref name="name"/>:
    /// nothing survives the silo, for benchmarks and evaluations.
    /// </summary>
    public static ISiloBuilder AddCoordinationMemoryStorage(this ISiloBuilder silo, string name = StorageNames.Provider)
    {
        silo.AddMemoryGrainStorage(name);
        silo.Services.AddKeyedSingleton<IGrainRowStorage>(name, (services, _) => new MemoryGrainRowStorage(services.GetRequiredService<IGrainStorageSerializer>()));
        return silo;
    }
}
