using System.Text.Json.Serialization;

namespace AlipayInStore.Cli.Merchant;

/// <summary>Source-generated JSON for the profile and the control API answers.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(CliProfile))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
