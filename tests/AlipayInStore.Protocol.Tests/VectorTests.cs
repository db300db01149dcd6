using System.Text.Json;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Testing;

namespace AlipayInStore.Protocol.Tests;

public sealed class VectorTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.Vector("cases.json")));
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            data.Add(c.GetProperty("file").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verify_SharedVector_MatchesExpectedOutcome(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.Vector("cases.json")));
        var c = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("file").GetString() == file);
        var bytes = File.ReadAllBytes(RepoPaths.Vector(file));

        Assert.True(EnvelopeReader.TryRead(bytes, c.GetProperty("member").GetString()!, out var envelope, out var error), error);
        var verifier = VerifierFor(c.GetProperty("signType").GetString()!, c.GetProperty("verifyWith").GetString()!);

        Assert.Equal(c.GetProperty("valid").GetBoolean(), verifier.Verify(envelope.SignedContent.Span, envelope.Signature));
    }

    [Fact]
    public void Verify_DoubleBase64Vector_ReportsDoubleEncoding()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Vector("05-double-base64.json"));
        Assert.True(EnvelopeReader.TryRead(bytes, "request", out var envelope, out _));
        var verifier = new Rsa2Verifier(RsaPublicKey.Load(File.ReadAllText(RepoPaths.Vector("merchant_public_key.pem"))));

        Assert.True(verifier.Verify(envelope.SignedContent.Span, envelope.Signature, out var encoding));
        Assert.Equal(SignatureEncoding.DoubleBase64, encoding);
    }

    [Fact]
    public void Read_SignatureFirstVector_SignedTextIsExactSlice()
    {
        var text = File.ReadAllText(RepoPaths.Vector("04-signature-first.json"));
        Assert.True(EnvelopeReader.TryRead(System.Text.Encoding.UTF8.GetBytes(text), "request", out var envelope, out _));

        Assert.Contains(envelope.SignedText, text, StringComparison.Ordinal);
        Assert.StartsWith("{", envelope.SignedText, StringComparison.Ordinal);
        Assert.EndsWith("}", envelope.SignedText, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadPrivate_Weak1024BitKey_RefusedWithClearMessage()
    {
        var ex = Assert.Throws<KeyLoadException>(() => RsaPrivateKey.Load(File.ReadAllText(RepoPaths.Vector("weak_1024_private_key.pem"))));
        Assert.Equal("1024-bit keys are refused: RSA2 needs keys of 2048 bits or more.", ex.Message);
    }

    [Fact]
    public void Sign_WithVectorPrivateKey_VerifiesWithVectorPublicKey()
    {
        var signer = new Rsa2Signer(RsaPrivateKey.Load(File.ReadAllText(RepoPaths.Vector("gateway_private_key_pkcs1.pem"))));
        var verifier = new Rsa2Verifier(RsaPublicKey.Load(File.ReadAllText(RepoPaths.Vector("gateway_public_key.pem"))));
        var content = "{\"head\":{},\"body\":{}}"u8;

        Assert.True(verifier.Verify(content, signer.Sign(content)));
        Assert.True(verifier.Verify(content, signer.Sign(content, SignatureEncoding.DoubleBase64)));
    }

    internal static IMessageVerifier VerifierFor(string signType, string keyFile)
    {
        var text = File.ReadAllText(RepoPaths.Vector(keyFile));
        return signType == SignTypes.Sha256
            ? new Sha256KeyScheme(text.TrimEnd('\n', '\r'))
            : new Rsa2Verifier(RsaPublicKey.Load(text));
    }
}
