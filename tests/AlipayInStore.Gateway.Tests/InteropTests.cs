using System.Text;
using System.Text.Json.Nodes;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Tests;

/// <summary>Interoperability proven with a signer that is not our code: the openssl command line.</summary>
public sealed class InteropTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private readonly GatewayFixture _gateway = shared.Gateway;

    [Fact]
    public async Task Pay_SignedByOpenSsl_AcceptedAndAnswerVerifiesWithOpenSsl()
    {
        var m = _gateway.Merchant;
        var work = Directory.CreateTempSubdirectory("aig-openssl").FullName;
        var content = new JsonObject { ["head"] = m.Head(ApiFunctions.Pay), ["body"] = m.PayBody("OSSL-1", "321", m.AliceCode) }.ToJsonString();
        var contentFile = Path.Combine(work, "request.txt");
        await File.WriteAllTextAsync(contentFile, content);

        var sign = await OpenSsl.RunAsync("dgst", "-sha256", "-sign", _gateway.Seed.MerchantPrivateKeyPath, contentFile);
        Assert.True(sign.Exit == 0, sign.Stderr);
        var reply = await m.PostAsync(ApiFunctions.PathOf(ApiFunctions.Pay), "{\"request\":" + content + ",\"signature\":\"" + Convert.ToBase64String(sign.Stdout) + "\"}");
        Assert.Equal("SUCCESS", reply.Code);

        await File.WriteAllBytesAsync(Path.Combine(work, "response.txt"), reply.Envelope.SignedContent.ToArray());
        await File.WriteAllBytesAsync(Path.Combine(work, "response.sig"), Convert.FromBase64String(reply.Envelope.Signature!));
        var verify = await OpenSsl.RunAsync("dgst", "-sha256", "-verify", Path.Combine(_gateway.DataDirectory, "keys", "gateway_public_key.pem"),
            "-signature", Path.Combine(work, "response.sig"), Path.Combine(work, "response.txt"));
        Assert.True(verify.Exit == 0, Encoding.UTF8.GetString(verify.Stdout) + verify.Stderr);
        Assert.Equal("Verified OK", Encoding.UTF8.GetString(verify.Stdout).Trim());
    }

    [Fact]
    public async Task Pay_DoubleBase64Signature_AnsweredInTheSameForm()
    {
        var m = _gateway.Merchant;
        var content = new JsonObject { ["head"] = m.Head(ApiFunctions.Pay), ["body"] = m.PayBody("DB64-1", "100", m.AliceCode) }.ToJsonString();
        var single = m.Sign(content);
        var doubled = Convert.ToBase64String(Encoding.ASCII.GetBytes(single));

        var reply = await m.PostAsync(ApiFunctions.PathOf(ApiFunctions.Pay), "{\"signature\" : \"" + doubled + "\",\r\n \"request\" : " + content + "}");

        Assert.Equal("SUCCESS", reply.Code);
        Assert.True(reply.SignatureValid);
        Assert.NotEqual(reply.Envelope.Signature!.Length, single.Length); // the answer's signature is double Base64 too
    }

    [Fact]
    public async Task Pay_MerchantSetToSha256_AnsweredWithSha256()
    {
        var created = await OnboardedClient.CreateAsync(_gateway, new { signType = "SHA256", issueSha256Key = true });
        var m = created.Client;
        var scheme = new Sha256KeyScheme(created.Created.GetProperty("merchant").GetProperty("sha256Key").GetString()!);

        var reply = await m.CallAsync(ApiFunctions.Pay, m.PayBody("SHA-1", "100", m.AliceCode), m.Head(ApiFunctions.Pay, "SHA256"), signer: scheme);

        Assert.Equal("SUCCESS", reply.Code);
        Assert.Matches("^[0-9a-f]{64}$", reply.Envelope.Signature!);
        Assert.True(scheme.Verify(reply.Envelope.SignedContent.Span, reply.Envelope.Signature));
    }
}
