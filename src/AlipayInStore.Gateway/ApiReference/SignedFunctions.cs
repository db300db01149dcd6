using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.ApiReference;

/// <summary>The Alipay functions (the five payment functions, the acquirer's two, and the two notifications the gateway sends) in the OpenAPI document: envelopes and bodies, marked as signed.</summary>
internal static class SignedFunctions
{
    private const string Signed =
        "Signed: the `signature` member signs the exact text of the `request` (or `response`) member, RSA2 (SHA256withRSA) or SHA256 " +
        "with the shared key, as `head.signType` says; the gateway verifies before anything else and signs every answer. " +
        "Results are in `body.resultInfo`: S success, F failure (final), U unknown (query before deciding). HTTP is 200 for every envelope.";

    public static void AddTo(JsonObject paths, JsonObject webhooks)
    {
        Add(paths, ApiFunctions.Pay, "Merchant-scan: charge the buyer's payment code", ProtocolJsonContext.Default.PayRequest, ProtocolJsonContext.Default.PayResponse);
        Add(paths, ApiFunctions.PreCreate, "Customer-scan: create an order and its QR code", ProtocolJsonContext.Default.PreCreateRequest, ProtocolJsonContext.Default.PreCreateResponse);
        Add(paths, ApiFunctions.PayQuery, "The status of a transaction", ProtocolJsonContext.Default.PayQueryRequest, ProtocolJsonContext.Default.PayQueryResponse);
        Add(paths, ApiFunctions.PayCancel, "Cancel (and reverse) a transaction", ProtocolJsonContext.Default.PayCancelRequest, ProtocolJsonContext.Default.PayCancelResponse);
        Add(paths, ApiFunctions.Refund, "Refund part or all of a paid transaction", ProtocolJsonContext.Default.RefundRequest, ProtocolJsonContext.Default.RefundResponse);
        Add(paths, ApiFunctions.IndirectMerchantMaintain, "Acquirer (indirect) mode: register or change a secondary merchant and its store",
            ProtocolJsonContext.Default.IndirectMerchantMaintainRequest, ProtocolJsonContext.Default.IndirectMerchantMaintainResponse);
        Add(paths, ApiFunctions.IndirectMerchantQuery, "Acquirer (indirect) mode: a secondary merchant's registration",
            ProtocolJsonContext.Default.IndirectMerchantQueryRequest, ProtocolJsonContext.Default.IndirectMerchantQueryResponse);
        webhooks[ApiFunctions.NotifyPay] = Notification("A transaction reached a final state (sent to the merchant's notify URL)", ProtocolJsonContext.Default.PayNotification);
        webhooks[ApiFunctions.NotifyRefund] = Notification("An asynchronous refund succeeded", ProtocolJsonContext.Default.RefundNotification);
    }

    private static void Add<TReq, TResp>(JsonObject paths, string function, string summary, JsonTypeInfo<TReq> request, JsonTypeInfo<TResp> response)
    {
        paths[ApiFunctions.PathOf(function)] = new JsonObject
        {
            ["post"] = new JsonObject
            {
                ["tags"] = new JsonArray("Alipay functions (signed)"),
                ["operationId"] = function,
                ["summary"] = summary,
                ["description"] = $"`head.function` is `{function}`. " + Signed,
                ["x-signed"] = true,
                ["security"] = new JsonArray(),
                ["requestBody"] = Body(Envelope("request", ProtocolJsonContext.Default.RequestHead, request)),
                ["responses"] = new JsonObject { ["200"] = Body(Envelope("response", ProtocolJsonContext.Default.ResponseHead, response), "A signed response envelope") },
            },
        };
    }

    private static JsonObject Notification<T>(string summary, JsonTypeInfo<T> body) => new()
    {
        ["post"] = new JsonObject
        {
            ["summary"] = summary,
            ["description"] = "Signed by the gateway like its answers; acknowledge with a response envelope signed with your key whose resultInfo is S.",
            ["x-signed"] = true,
            ["requestBody"] = Body(Envelope("request", ProtocolJsonContext.Default.RequestHead, body)),
            ["responses"] = new JsonObject { ["200"] = Body(Envelope("response", ProtocolJsonContext.Default.ResponseHead, ProtocolJsonContext.Default.AcknowledgementBody), "Your signed acknowledgement") },
        },
    };

    private static JsonObject Envelope<THead, TBody>(string member, JsonTypeInfo<THead> head, JsonTypeInfo<TBody> body) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray(member, "signature"),
        ["properties"] = new JsonObject
        {
            [member] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("head", "body"),
                ["properties"] = new JsonObject { ["head"] = Schema(head), ["body"] = Schema(body) },
            },
            ["signature"] = new JsonObject { ["type"] = "string", ["description"] = $"Base64 signature over the exact text of `{member}`" },
        },
    };

    private static JsonObject Body(JsonObject schema, string? description = null)
    {
        var body = new JsonObject { ["content"] = new JsonObject { ["application/json; charset=UTF-8"] = new JsonObject { ["schema"] = schema } } };
        if (description is not null)
        {
            body["description"] = description;
        }
        return body;
    }

    private static JsonNode Schema<T>(JsonTypeInfo<T> info) => info.Options.GetJsonSchemaAsNode(typeof(T), new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
}
