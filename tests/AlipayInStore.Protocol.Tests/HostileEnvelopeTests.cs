using System.Text;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;

namespace AlipayInStore.Protocol.Tests;

/// <summary>Bytes no till sends on purpose: each is refused with a reason instead of an exception.</summary>
public sealed class HostileEnvelopeTests
{
    private static byte[] B(string text) => Encoding.UTF8.GetBytes(text);

    public static TheoryData<string, byte[], string> Cases() => new()
    {
        { "invalid UTF-8 in signature", [.. B("{\"request\":{\"head\":{},\"body\":{}},\"signature\":\"ab"), 0xC3, 0x28, .. B("\"}")], "not valid UTF-8 (byte 49" },
        { "invalid UTF-8 in a member name", [.. B("{\"request\":{\"head\":{},\"body\":{}},\"sig"), 0xFF, .. B("\":\"x\"}")], "not valid UTF-8" },
        { "invalid UTF-8 in head", [.. B("{\"request\":{\"head\":{\"a\":\""), 0xED, 0xA0, 0x80, .. B("\"},\"body\":{}},\"signature\":\"x\"}")], "not valid UTF-8" },
        { "overlong UTF-8", [.. B("{\"request\":{\"head\":{},\"body\":{}},\"signature\":\""), 0xC0, 0xAF, .. B("\"}")], "not valid UTF-8" },
        { "lone surrogate in signature", B("{\"request\":{\"head\":{},\"body\":{}},\"signature\":\"\\uD800\"}"), "'signature' must be valid Unicode text" },
        { "lone surrogate in a member name", B("{\"request\":{\"head\":{},\"body\":{}},\"\\uDC00\":1,\"signature\":\"x\"}"), "a member name must be valid Unicode text" },
        { "lone surrogate in a head member name", B("{\"request\":{\"head\":{},\"\\uD800\":{},\"body\":{}},\"signature\":\"x\"}"), "a member name in 'request' must be valid Unicode text" },
        { "deep nesting", B("{\"request\":{\"head\":{},\"body\":{\"x\":" + new string('[', 40) + new string(']', 40) + "}},\"signature\":\"x\"}"), "nested deeper than 32 levels" },
        { "bad escape", B("{\"request\":{\"head\":{},\"body\":{}},\"signature\":\"\\x\"}"), "not valid JSON" },
        { "truncated", B("{\"request\":{\"head\":{},\"body\":{}},\"signa"), "not valid JSON" },
        { "raw NUL", B("{\"request\":{\"head\":{},\"body\":{}},\"signature\":\"\u0000\"}"), "not valid JSON" },
        { "empty", [], "not" },
        { "huge number as signature", B("{\"request\":{\"head\":{},\"body\":{}},\"signature\":1e99999999}"), "'signature' must be a string" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryRead_HostileBytes_FalseWithReason(string name, byte[] bytes, string reason)
    {
        Assert.False(EnvelopeReader.TryRead(bytes, "request", out _, out var error), name);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"clientId\":\"a\\uD800\"}", "head.clientId must be valid Unicode text")]
    [InlineData("{\"clientId\":\"a\\uDC00b\"}", "head.clientId must be valid Unicode text")]
    [InlineData("{\"clientId\":1e99999}", "head.clientId must be a JSON string")]
    [InlineData("{\"clientId\":[\"x\"]}", "head.clientId must be a JSON string")]
    [InlineData("{\"clientId\":\"a\\x\"}", "head.clientId is not valid JSON")]
    [InlineData("{\"clientId\":\"a", "is not valid JSON")]
    [InlineData("[]", "head must be a JSON object")]
    [InlineData("null", "head must be a JSON object")]
    public void TryParse_HostileHead_FalseNamingField(string json, string reason)
    {
        Assert.False(EnvelopeReader.TryParse(B(json), ProtocolJsonContext.Default.RequestHead, "head", out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_InvalidUtf8_FalseNamingPrefix()
    {
        byte[] json = [.. B("{\"clientId\":\"a"), 0xFF, .. B("\"}")];
        Assert.False(EnvelopeReader.TryParse(json, ProtocolJsonContext.Default.RequestHead, "head", out _, out var error));
        Assert.Equal("head is not valid UTF-8 (byte 15 starts no valid UTF-8 sequence)", error);
    }

    [Fact]
    public void TryParse_DeeplyNestedUnknownMember_FalseNotThrown()
    {
        var json = B("{\"x\":" + new string('[', 5000) + new string(']', 5000) + "}");
        Assert.False(EnvelopeReader.TryParse(json, ProtocolJsonContext.Default.RefundRequest, "body", out _, out var error));
        Assert.Contains("body", error, StringComparison.Ordinal);
    }
}
