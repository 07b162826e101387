using Orleans.Storage;

namespace Coordination.Storage.Sqlite;

public sealed class SqliteGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>Path of the database file; its folder is created when missing.</summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>The silo's grain storage serializer unless set; it decides the stored format.</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}
