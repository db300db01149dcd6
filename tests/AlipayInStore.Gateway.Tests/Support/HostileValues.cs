using System.Text.Json.Nodes;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Tests.Support;

/// <summary>Correctly signed requests with one field replaced by a hostile JSON value, written as raw text.</summary>
internal static class HostileValues
{
    private const string Placeholder = "@@HOSTILE@@";

    public static readonly string[] Values =
    [
        "12345", "1e999999", "-0", "123456789012345678901234567890", "true", "null", "[]", "{}", "[\"a\"]", "{\"a\":1}",
        "\"\\u0000\"", "\"a\\u0000b\"", "\"\\u001f\"", "\"\\u007f\"", "\"\\t\"", "\"   \"", "\"\"", "\"\\uD800\"", "\"x\\uDFFF\"",
        "\"'; DROP TABLE payments; --\"", "\"1' OR '1'='1\"", "\"<script>alert(1)</script>\"", "\"<img src=x onerror=alert(1)>\"",
        "\"\\u2028\\u2029\"", "\"☕🙂 咖啡\"", "\"%00\"", "\"../../etc/passwd\"", "\"\\\\\"",
        "\"" + new string('a', 70_000) + "\"", "\"" + new string('é', 5_000) + "\"", "\"" + new string('7', 65) + "\"",
    ];

    private static readonly Dictionary<string, string[]> Fields = new()
    {
        [ApiFunctions.Pay] =
        [
            "head.clientId", "head.reqMsgId", "head.reserve", "head.version", "head.function", "head.signType", "head.reqTime",
            "body.partnerId", "body.merchantTransId", "body.identityCode", "body.codeType", "body.productCode", "body.notifyUrl",
            "body.extendInfo", "body.order", "body.order.orderTitle", "body.order.orderDetail", "body.order.orderAmount",
            "body.order.orderAmount.value", "body.order.orderAmount.currency", "body.order.seller", "body.order.seller.storeId",
            "body.order.seller.storeName", "body.order.seller.secondaryMerchantId", "body.order.seller.secondaryMerchantName", "body.extra",
        ],
        [ApiFunctions.PreCreate] = ["body.merchantTransId", "body.order.orderTitle", "body.expiryTime", "body.order.orderAmount.value", "body.notifyUrl"],
        [ApiFunctions.PayQuery] = ["body.merchantTransId", "body.acquirementId", "body.partnerId", "head.reqMsgId"],
    };

    /// <summary>The function, the field replaced and the signed content, for request number <paramref name="n"/>.</summary>
    public static (string Function, string Field, string Content) Next(MerchantClient m, Random random, int n)
    {
        var pick = random.Next(10);
        var function = pick < 6 ? ApiFunctions.Pay : pick < 8 ? ApiFunctions.PreCreate : ApiFunctions.PayQuery;
        var amount = random.Next(100, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = function switch
        {
            ApiFunctions.Pay => m.PayBody("HS-" + n, amount, m.AliceCode),
            ApiFunctions.PreCreate => new JsonObject
            {
                ["partnerId"] = m.PartnerId, ["productCode"] = "OFFLINE_PAY", ["merchantTransId"] = "HS-" + n, ["order"] = m.Order(amount),
            },
            _ => new JsonObject { ["partnerId"] = m.PartnerId, ["merchantTransId"] = "HS-" + (n - 1) },
        };
        var content = new JsonObject { ["head"] = m.Head(function), ["body"] = body };
        var fields = Fields[function];
        var field = fields[random.Next(fields.Length)];
        Place(content, field);
        var text = content.ToJsonString().Replace("\"" + Placeholder + "\"", Values[random.Next(Values.Length)], StringComparison.Ordinal);
        return (function, field, text);
    }

    private static void Place(JsonObject content, string path)
    {
        var parts = path.Split('.');
        var node = content;
        foreach (var part in parts[..^1])
        {
            node = node[part] as JsonObject ?? throw new InvalidOperationException($"no object at {part} of {path}");
        }
        node[parts[^1]] = Placeholder;
    }
}
