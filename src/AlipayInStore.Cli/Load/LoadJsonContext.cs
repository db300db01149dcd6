using System.Text.Json.Serialization;

namespace AlipayInStore.Cli.Load;

/// <summary>JSON of the load report.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(LoadReport))]
internal sealed partial class LoadJsonContext : JsonSerializerContext;
