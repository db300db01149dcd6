using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Results;

namespace AlipayInStore.Client.Tests;

public sealed class ResponseVerificationTests
{
    private static async Task<Exception> PayAgainst(Func<GatewayCall, GatewayReply> script)
    {
        await using var gateway = await StandInGateway.StartAsync(script);
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));
        return await Assert.ThrowsAnyAsync<AlipayException>(() => client.PayAsync(TestRequests.Pay()));
    }

    [Fact]
    public async Task PayAsync_TamperedResponseBody_IsRefused()
    {
        var ex = await PayAgainst(c => GatewayReply.Pay(c, ResultCodes.FraudReject, t => t.Replace("\"F\"", "\"S\"", StringComparison.Ordinal)));

        var signature = Assert.IsType<AlipaySignatureException>(ex);
        Assert.Contains("does not verify", signature.Message);
    }

    [Fact]
    public async Task PayAsync_TamperedSignature_IsRefused()
    {
        var ex = await PayAgainst(c => GatewayReply.Pay(c, ResultCodes.Success, t =>
        {
            var at = t.IndexOf("\"signature\":\"", StringComparison.Ordinal) + 13;
            return string.Concat(t.AsSpan(0, at), t[at] == 'A' ? "B" : "A", t.AsSpan(at + 1));
        }));

        Assert.IsType<AlipaySignatureException>(ex);
    }

    [Fact]
    public async Task PayAsync_UnsignedResponse_IsRefusedAndNamesClaimedCode()
    {
        var ex = await PayAgainst(c => GatewayReply.Signed(c, new Protocol.Wire.PayResponse { ResultInfo = ResultCodes.ClientInvalid.ToInfo() },
            Protocol.Json.ProtocolJsonContext.Default.PayResponse, unsigned: true));

        var signature = Assert.IsType<AlipaySignatureException>(ex);
        Assert.Equal("CLIENT_INVALID", signature.UnverifiedResultCode);
        Assert.Contains("no signature", signature.Message);
    }

    [Fact]
    public async Task PayAsync_ResponseSignedWithMerchantKey_IsRefused()
    {
        var ex = await PayAgainst(c => GatewayReply.Signed(c, new Protocol.Wire.PayResponse { ResultInfo = ResultCodes.Success.ToInfo() },
            Protocol.Json.ProtocolJsonContext.Default.PayResponse, signer: TestKeys.MerchantSigner));

        Assert.IsType<AlipaySignatureException>(ex);
    }

    [Fact]
    public async Task PayAsync_AnswerIsNotAnEnvelope_ThrowsResponseException()
    {
        var ex = await PayAgainst(_ => new GatewayReply { Status = 400, Bytes = "<html>bad gateway</html>"u8.ToArray() });

        Assert.IsType<AlipayResponseException>(ex);
    }

    [Fact]
    public async Task PayAsync_ValidlySignedAnswerToAnotherRequest_IsRefused()
    {
        var ex = await PayAgainst(c => GatewayReply.Signed(c, new Protocol.Wire.PayResponse { ResultInfo = ResultCodes.Success.ToInfo() },
            Protocol.Json.ProtocolJsonContext.Default.PayResponse, reqMsgId: "an-earlier-request"));

        var response = Assert.IsType<AlipayResponseException>(ex);
        Assert.Contains("an-earlier-request", response.Message);
    }
}
