using System.Text;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;

namespace AlipayInStore.Protocol.Tests;

public sealed class EnvelopeReaderTests
{
    private static bool Read(string text, out RawEnvelope? envelope, out string? error) =>
        EnvelopeReader.TryRead(Encoding.UTF8.GetBytes(text), "request", out envelope, out error);

    [Theory]
    [InlineData("{\"request\":{\"head\":{},\"body\":{}},\"request\":{\"head\":{},\"body\":{}},\"signature\":\"x\"}", "'request' appears twice")]
    [InlineData("{\"request\":{\"head\":{},\"body\":{}},\"signature\":\"x\",\"signature\":\"y\"}", "'signature' appears twice")]
    [InlineData("{\"request\":{\"head\":{},\"head\":{},\"body\":{}},\"signature\":\"x\"}", "'request.head' appears twice")]
    [InlineData("{\"request\":{\"head\":{},\"body\":{}},\"signature\":\"x\"} {}", "trailing characters")]
    [InlineData("{\"request\":{\"head\":{},\"body\":{}},\"signature\":\"x\"}garbage", "trailing characters")]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1,2]", "not an envelope")]
    [InlineData("{\"signature\":\"x\"}", "no 'request' member")]
    [InlineData("{\"request\":[],\"signature\":\"x\"}", "must be a JSON object")]
    [InlineData("{\"request\":{\"body\":{}},\"signature\":\"x\"}", "request.head is required")]
    [InlineData("{\"request\":{\"head\":{},\"body\":3},\"signature\":\"x\"}", "request.body must be a JSON object")]
    [InlineData("{\"request\":{\"head\":{},\"body\":{}},\"signature\":42}", "'signature' must be a string")]
    [InlineData("{\"request\":{\"head\":{},\"body\":{}}, // comment\n\"signature\":\"x\"}", "not valid JSON")]
    public void TryRead_BadEnvelope_RefusedWithReason(string text, string reason)
    {
        Assert.False(Read(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_OverSizeLimit_Refused()
    {
        var text = "{\"request\":{\"head\":{},\"body\":{\"x\":\"" + new string('a', 200) + "\"}},\"signature\":\"x\"}";
        Assert.False(EnvelopeReader.TryRead(Encoding.UTF8.GetBytes(text), "request", out _, out var error, maxBytes: 100));
        Assert.Contains("over the limit of 100 bytes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_ByteOrderMarkAndWhitespace_SignedTextUnchanged()
    {
        const string content = "{ \"head\" : {\"a\":\"}\\\"{\"} ,\r\n \"body\":{} }";
        var text = "\uFEFF  {  \"signature\" : \"s\" ,\n \"request\" :" + content + "  }\n";
        Assert.True(Read(text, out var envelope, out var error), error);
        Assert.Equal(content, envelope!.SignedText);
        Assert.Equal("s", envelope.Signature);
        Assert.Equal("{\"a\":\"}\\\"{\"}", Encoding.UTF8.GetString(envelope.Head.Span));
    }

    [Fact]
    public void TryRead_NoSignature_ReadsWithNullSignature()
    {
        Assert.True(Read("{\"request\":{\"head\":{},\"body\":{}}}", out var envelope, out _));
        Assert.Null(envelope!.Signature);
    }

    [Fact]
    public void TryParse_WrongJsonType_NamesField()
    {
        var body = "{\"partnerId\":\"p\",\"order\":{\"orderAmount\":{\"currency\":\"USD\",\"value\":1250}}}"u8.ToArray();
        Assert.False(EnvelopeReader.TryParse(body, ProtocolJsonContext.Default.PayRequest, "body", out _, out var error));
        Assert.Equal("body.order.orderAmount.value must be a JSON string", error);
    }

    [Fact]
    public void TryParse_IsSyncAsString_Accepted()
    {
        var body = "{\"isSync\":\"true\"}"u8.ToArray();
        Assert.True(EnvelopeReader.TryParse(body, ProtocolJsonContext.Default.RefundRequest, "body", out var refund, out _));
        Assert.True(refund.IsSync);
        Assert.False(EnvelopeReader.TryParse("{\"isSync\":\"yes\"}"u8.ToArray(), ProtocolJsonContext.Default.RefundRequest, "body", out _, out var error));
        Assert.Equal("body.isSync must be true or false", error);
    }
}
