using System.Text.Json;
using AlipayInStore.Gateway.Hosting;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>
/// The seed a sandbox was made from, every secret resolved (<c>keys/seed.json</c>, owner-only): what
/// <c>POST /sandbox/reset</c> puts back. A sandbox started without a seed file keeps the seed it generated.
/// </summary>
internal static class SeedStore
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "keys", "seed.json");

    public static void Save(string dataDirectory, SeedDocument seed)
    {
        Directory.CreateDirectory(Path.Combine(dataDirectory, "keys"));
        KeyFiles.WriteSecret(PathIn(dataDirectory), JsonSerializer.Serialize(seed, Options));
    }

    public static SeedDocument? Load(string dataDirectory) =>
        File.Exists(PathIn(dataDirectory)) ? JsonSerializer.Deserialize<SeedDocument>(File.ReadAllText(PathIn(dataDirectory)), Options) : null;
}
