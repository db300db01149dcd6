using System.Text.Json.Serialization;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Protocol.Json;

/// <summary>Source-generated serialization of every wire record: camelCase, nulls omitted, duplicated members refused.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(RequestHead))]
[JsonSerializable(typeof(ResponseHead))]
[JsonSerializable(typeof(PayRequest))]
[JsonSerializable(typeof(PayResponse))]
[JsonSerializable(typeof(PreCreateRequest))]
[JsonSerializable(typeof(PreCreateResponse))]
[JsonSerializable(typeof(PayQueryRequest))]
[JsonSerializable(typeof(PayQueryResponse))]
[JsonSerializable(typeof(PayCancelRequest))]
[JsonSerializable(typeof(PayCancelResponse))]
[JsonSerializable(typeof(RefundRequest))]
[JsonSerializable(typeof(RefundResponse))]
[JsonSerializable(typeof(PayNotification))]
[JsonSerializable(typeof(RefundNotification))]
[JsonSerializable(typeof(AcknowledgementBody))]
[JsonSerializable(typeof(ResultBody))]
[JsonSerializable(typeof(IndirectMerchantMaintainRequest))]
[JsonSerializable(typeof(IndirectMerchantMaintainResponse))]
[JsonSerializable(typeof(IndirectMerchantQueryRequest))]
[JsonSerializable(typeof(IndirectMerchantQueryResponse))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
