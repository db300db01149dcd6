using System.Text.Json;
using AlipayInStore.Gateway.OpenApi;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Reads the grading facts out of a recorded exchange's raw request and response.</summary>
internal static class ExchangeFacts
{
    public static ExchangeFact From(Exchange e)
    {
        var request = Parse(e.SignedText);
        var response = Parse(e.ResponseText, "response");
        var head = Member(request, "head");
        var body = Member(request, "body");
        var answer = Member(response, "body");
        var order = Member(body, "order");
        var seller = Member(order, "seller");
        var partner = Text(body, "partnerId");
        var value = Text(Member(order, "orderAmount"), "value") ?? Text(Member(body, "refundAmount"), "value");
        return new ExchangeFact(
            e.Id, e.At, e.DurationMs, e.Function, e.Verification,
            e.MerchantTransId ?? Text(answer, "merchantTransId"), e.AcquirementId ?? Text(answer, "acquirementId"),
            e.MerchantRefundId, Text(body, "identityCode"), long.TryParse(value, out var v) ? v : null,
            Text(head, "reqTime"),
            seller is null || (Text(seller, "secondaryMerchantId") == partner && Text(seller, "storeId") == partner),
            e.ResultStatus, e.ResultCode, Text(answer, "acquirementStatus"), Text(answer, "refundId"), Text(answer, "refundStatus"),
            Text(Member(answer, "resultInfo"), "resultMsg"));
    }

    private static JsonElement? Parse(string? text, string? member = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement.Clone();
            return member is null ? root : Member(root, member);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Member(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    private static string? Text(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
