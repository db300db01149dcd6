using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Merchants;

/// <summary>Every new control endpoint refuses bad input with a message naming the field and the rule, and changes nothing.</summary>
public sealed class MerchantBadInputTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private GatewayFixture Gateway => shared.Gateway;

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "POST", "/sandbox/merchants", """{"partnerId":"2089000000000001"}""", "partnerId must be 2088 followed by 12 digits" },
        { "POST", "/sandbox/merchants", """{"clientId":"short"}""", "clientId must be 8 to 32 letters and digits" },
        { "POST", "/sandbox/merchants", """{"name":"   "}""", "name must be 1 to 128 characters" },
        { "POST", "/sandbox/merchants", """{"name":"a\u0000b"}""", "name must be 1 to 128 characters" },
        { "POST", "/sandbox/merchants", """{"industry":"58121"}""", "industry must be a four-digit MCC" },
        { "POST", "/sandbox/merchants", """{"rsaPublicKey":"not a key"}""", "rsaPublicKey is not a usable RSA2 public key" },
        { "POST", "/sandbox/merchants", """{"signType":"MD5"}""", "signType must be RSA2 or SHA256" },
        { "POST", "/sandbox/merchants", """{"signType":"SHA256"}""", "issueSha256Key must be true" },
        { "POST", "/sandbox/merchants", """{"notifyUrl":"ftp://x"}""", "notifyUrl must be an absolute http or https URL" },
        { "POST", "/sandbox/merchants", """{"feeRateBasisPoints":-1}""", "feeRateBasisPoints must be 0 to 1000" },
        { "POST", "/sandbox/merchants", """{"feeRateBasisPoints":"100"}""", "feeRateBasisPoints must be JSON of the documented type" },
        { "POST", "/sandbox/merchants", """{"portalPassword":"short"}""", "portalPassword must be 10 to 64 printable ASCII" },
        { "POST", "/sandbox/merchants", """{"colour":"red"}""", "colour is not a known member" },
        { "POST", "/sandbox/merchants", """{"name":""", "must be JSON" },
        { "POST", "/sandbox/merchants", """["a"]""", "must be JSON of the documented type" },
        { "PATCH", "/sandbox/merchants/{partner}", """{"signType":"rsa2"}""", "signType must be RSA2 or SHA256" },
        { "PATCH", "/sandbox/merchants/{partner}", """{"feeRateBasisPoints":1001}""", "feeRateBasisPoints must be 0 to 1000" },
        { "PATCH", "/sandbox/merchants/{partner}", """{"notifyUrl":"/relative"}""", "notifyUrl must be an absolute http or https URL" },
        { "PATCH", "/sandbox/merchants/{partner}", """{"emptyDayFiles":"yes"}""", "emptyDayFiles must be JSON of the documented type" },
        { "PATCH", "/sandbox/merchants/{partner}", """{"secret":1}""", "secret is not a known member" },
        { "POST", "/sandbox/buyers", """{"buyerId":"Bad Id"}""", "buyerId must be 2 to 32 lower-case letters" },
        { "POST", "/sandbox/buyers", """{"name":"x"}""", "buyerId must be 2 to 32" },
        { "POST", "/sandbox/buyers", """{"buyerId":"zed","balance":-5}""", "balance must be 0 to" },
        { "POST", "/sandbox/buyers", """{"buyerId":"zed","currency":"XXX"}""", "currency must be an ISO 4217 code" },
        { "POST", "/sandbox/buyers", """{"buyerId":"zed","testCode":"12"}""", "testCode must be 28 followed by 16 digits" },
        { "POST", "/sandbox/buyers", """{"buyerId":"zed","walletPassword":"abc"}""", "walletPassword must be six digits" },
        { "POST", "/sandbox/buyers", """{"buyerId":"alice"}""", "buyerId alice is already taken" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_BadInput_ClearErrorNamingTheFieldAndNothingChanged(string method, string path, string body, string expected)
    {
        var before = await SnapshotAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{partner}", Gateway.Merchant.PartnerId, StringComparison.Ordinal))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Gateway.Token);

        using var response = await Gateway.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{(int)response.StatusCode}: {text}");
        Assert.Contains(expected, JsonDocument.Parse(text).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Endpoints_UnknownPartnerOrNoToken_NotFoundOrUnauthorized()
    {
        var (patch, _) = await Gateway.Control.SendAsync(HttpMethod.Patch, "/sandbox/merchants/2088111111111111", new { emptyDayFiles = true });
        var (disable, _) = await Gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/merchants/2088111111111111/disable");
        var (password, _) = await Gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/merchants/2088111111111111/sftp-password");
        using var anonymous = await Gateway.Http.PostAsync("/sandbox/merchants", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { patch, disable, password });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private Task<string> SnapshotAsync() => Gateway.WithDbAsync(async db =>
    {
        var merchants = await db.Merchants.OrderBy(m => m.Id).ToListAsync();
        var buyers = await db.Buyers.CountAsync();
        var users = await db.PortalUsers.CountAsync();
        var ledger = await db.LedgerEntries.CountAsync();
        return string.Join('\n', merchants.Select(m => $"{m.PartnerId}|{m.SignType}|{m.FeeRateBasisPoints}|{m.NotifyUrl}|{m.EmptyDayFiles}|{m.Name}")) + $"\n{buyers}|{users}|{ledger}";
    });
}
