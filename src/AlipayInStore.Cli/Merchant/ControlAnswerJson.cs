using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Merchant;

/// <summary>The control API's answers as <c>--json</c> prints them: the sandbox's own field names, nulls kept.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SandboxMerchant))]
[JsonSerializable(typeof(IReadOnlyList<SandboxMerchant>))]
[JsonSerializable(typeof(SandboxMerchantCreated))]
[JsonSerializable(typeof(SandboxBuyerCreated))]
[JsonSerializable(typeof(IReadOnlyList<SandboxBuyer>))]
internal sealed partial class ControlAnswerJson : JsonSerializerContext
{
    public static JsonNode Of(SandboxMerchant merchant) => System.Text.Json.JsonSerializer.SerializeToNode(merchant, Default.SandboxMerchant)!;

    public static JsonNode Of(IReadOnlyList<SandboxMerchant> merchants) => System.Text.Json.JsonSerializer.SerializeToNode(merchants, Default.IReadOnlyListSandboxMerchant)!;

    public static JsonNode Of(SandboxMerchantCreated created) => System.Text.Json.JsonSerializer.SerializeToNode(created, Default.SandboxMerchantCreated)!;

    public static JsonNode Of(SandboxBuyerCreated buyer) => System.Text.Json.JsonSerializer.SerializeToNode(buyer, Default.SandboxBuyerCreated)!;

    public static JsonNode Of(IReadOnlyList<SandboxBuyer> buyers) => System.Text.Json.JsonSerializer.SerializeToNode(buyers, Default.IReadOnlyListSandboxBuyer)!;
}
