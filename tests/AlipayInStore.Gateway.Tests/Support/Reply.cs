using System.Text.Json;
using AlipayInStore.Protocol.Envelope;

namespace AlipayInStore.Gateway.Tests.Support;

/// <summary>A gateway answer as a merchant sees it: raw text, envelope, body fields, and whether its signature verified.</summary>
internal sealed record Reply(string Text, RawEnvelope Envelope, JsonElement Body, bool? SignatureValid)
{
    public string Status => Body.GetProperty("resultInfo").GetProperty("resultStatus").GetString()!;
    public string Code => Body.GetProperty("resultInfo").GetProperty("resultCode").GetString()!;
    public string CodeId => Body.GetProperty("resultInfo").GetProperty("resultCodeId").GetString()!;
    public string Message => Body.GetProperty("resultInfo").GetProperty("resultMsg").GetString()!;

    public string? Field(string name) => Body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public string? Amount(string name) =>
        Body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v.GetProperty("value").GetString() : null;

    public override string ToString() => Text;
}
