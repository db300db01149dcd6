using System.Text;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;
using AlipayInStore.Testing;

namespace AlipayInStore.Protocol.Tests;

// Property tests: generated heads and bodies with hostile strings, a fixed seed per run for repeatability.
public sealed class EnvelopeRoundTripTests
{
    private static readonly RsaPrivateKey Key = RsaPrivateKey.Load(File.ReadAllText(RepoPaths.Vector("merchant_private_key.pem")));
    private static readonly string[] Pieces = ["\"", "\\", "{", "}", "[", "]", ":", ",", "\u0000", "\u001f", "\n", "\r", "\t", "é", "支付", "😀", "\u2028", "</script>", "'", "signature", "\"signature\":\"x\"", "a", " "];

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void WriteThenRead_HostileStrings_GivesExactSignedTextAndBody(int seed)
    {
        var random = new Random(seed);
        var (head, body) = Generate(random);
        foreach (IMessageSigner signer in new IMessageSigner[] { new Rsa2Signer(Key), new Sha256KeyScheme(Text(random) + "k") })
        {
            var written = EnvelopeWriter.Write("request", head, ProtocolJsonContext.Default.RequestHead, body, ProtocolJsonContext.Default.PayRequest, signer);

            Assert.True(EnvelopeReader.TryRead(written.Bytes, "request", out var read, out var error), error);
            Assert.True(read.SignedContent.Span.SequenceEqual(written.SignedContent.Span));
            Assert.True(EnvelopeReader.TryParse(read.Body, ProtocolJsonContext.Default.PayRequest, "body", out var parsed, out error), error);
            Assert.Equal(body.Order!.OrderTitle, parsed.Order!.OrderTitle);
            Assert.Equal(body.ExtendInfo, parsed.ExtendInfo);
            Assert.True(EnvelopeReader.TryParse(read.Head, ProtocolJsonContext.Default.RequestHead, "head", out var parsedHead, out _));
            Assert.Equal(head, parsedHead);
            Assert.True(Verifier(signer).Verify(read.SignedContent.Span, read.Signature));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Verify_AnyByteOfSignedTextChanged_Fails(int seed)
    {
        var random = new Random(seed);
        var (head, body) = Generate(random);
        var signer = new Rsa2Signer(Key);
        var written = EnvelopeWriter.Write("request", head, ProtocolJsonContext.Default.RequestHead, body, ProtocolJsonContext.Default.PayRequest, signer);
        var verifier = Verifier(signer);

        for (var i = 0; i < 8; i++)
        {
            var tampered = written.SignedContent.ToArray();
            var at = random.Next(tampered.Length);
            tampered[at] ^= (byte)(1 << random.Next(8));
            Assert.False(verifier.Verify(tampered, written.Signature), $"flip at byte {at} still verified");
        }
    }

    private static IMessageVerifier Verifier(IMessageSigner signer) =>
        signer as IMessageVerifier ?? new Rsa2Verifier(((Rsa2Signer)signer).Key.PublicKey);

    private static string Text(Random random)
    {
        var sb = new StringBuilder();
        var n = random.Next(0, 12);
        for (var i = 0; i < n; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return sb.ToString();
    }

    private static (RequestHead, PayRequest) Generate(Random random)
    {
        var head = new RequestHead
        {
            Version = "2.0.2", Function = ApiFunctions.Pay, ClientId = Text(random), ReqTime = "2026-11-27T10:15:00+08:00",
            ReqMsgId = Text(random), Reserve = "{\"note\":" + System.Text.Json.JsonSerializer.Serialize(Text(random)) + "}",
        };
        var body = new PayRequest
        {
            PartnerId = Text(random), MerchantTransId = Text(random), IdentityCode = Text(random), ExtendInfo = Text(random),
            Order = new Order { OrderTitle = Text(random), OrderAmount = new Amount { Currency = "USD", Value = "1250" }, Seller = new Seller { StoreName = Text(random) } },
        };
        return (head, body);
    }
}
