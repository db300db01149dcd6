using System.Text.Json;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Tests.Notifications;

/// <summary>One delivery as the test receiver saw it.</summary>
internal sealed record Delivery(int Number, RequestHead Head, JsonElement Body, bool SignatureValid, DateTimeOffset ReceivedAt, string Text)
{
    public string? Field(string name) => Body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
