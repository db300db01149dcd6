using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AlipayInStore.Client.Sandbox;

/// <summary>Source-generated JSON for the control API: camelCase, requests without their null members.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(SandboxPaymentCode))]
[JsonSerializable(typeof(IReadOnlyList<SandboxBuyer>))]
[JsonSerializable(typeof(SandboxBuyerSpec))]
[JsonSerializable(typeof(SandboxBuyerCreated))]
[JsonSerializable(typeof(SandboxTransaction))]
[JsonSerializable(typeof(SandboxClockReading))]
[JsonSerializable(typeof(SandboxLedgerCheck))]
[JsonSerializable(typeof(SandboxReset))]
[JsonSerializable(typeof(SandboxNotifyUrl))]
[JsonSerializable(typeof(SandboxNotification))]
[JsonSerializable(typeof(IReadOnlyList<SandboxNotification>))]
[JsonSerializable(typeof(SandboxMerchantSpec))]
[JsonSerializable(typeof(SandboxMerchantChange))]
[JsonSerializable(typeof(SandboxMerchant))]
[JsonSerializable(typeof(IReadOnlyList<SandboxMerchant>))]
[JsonSerializable(typeof(SandboxMerchantCreated))]
[JsonSerializable(typeof(SandboxSftpPassword))]
[JsonSerializable(typeof(SandboxReconciliationFile))]
internal sealed partial class SandboxControlJsonContext : JsonSerializerContext;
