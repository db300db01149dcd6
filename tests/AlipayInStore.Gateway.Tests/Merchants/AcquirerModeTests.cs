using System.Net;
using System.Text.Json.Nodes;
using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Gateway.Tests.Portal;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Tests.Merchants;

/// <summary>Indirect mode: an acquirer registers secondary merchants and stores, pays for them, and finds them in its file.</summary>
public sealed class AcquirerModeTests
{
    [Fact]
    public async Task Acquirer_RegisterPayForSecondaryMerchant_RowInFileCarriesItsIdNameAndMcc()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var acquirer = await OnboardedClient.CreateAsync(gateway, new { name = "Big Acquirer", acquirer = true });
        var a = acquirer.Client;

        var added = await a.CallAsync(ApiFunctions.IndirectMerchantMaintain, Maintain(a.PartnerId, "ADD", "SHOP_42", "Corner Noodles", "5814", "ST_1"));
        var again = await a.CallAsync(ApiFunctions.IndirectMerchantMaintain, Maintain(a.PartnerId, "ADD", "SHOP_42", "Corner Noodles", "5814", "ST_1"));
        var modified = await a.CallAsync(ApiFunctions.IndirectMerchantMaintain, Maintain(a.PartnerId, "MODIFY", "SHOP_42", "Corner Noodle Bar", "5814", "ST_1"));
        var query = await a.CallAsync(ApiFunctions.IndirectMerchantQuery, new JsonObject { ["merchantId"] = a.PartnerId, ["sellerId"] = "SHOP_42", ["storeId"] = "ST_1", ["paymentScene"] = "OFFLINE" });

        Assert.Equal("SUCCESS", added.Code);
        Assert.True(added.SignatureValid);
        Assert.Equal(("F", "PARAM_ILLEGAL"), (again.Status, again.Code));
        Assert.Contains("use operationType MODIFY", again.Message, StringComparison.Ordinal);
        Assert.Equal("SUCCESS", modified.Code);
        Assert.Equal("Corner Noodle Bar", query.Body.GetProperty("sellerInfo").GetProperty("sellerName").GetString());

        var pay = await a.CallAsync(ApiFunctions.Pay, PayFor(a, "ACQ-1", "SHOP_42", "ST_1"));
        var unknownSeller = await a.CallAsync(ApiFunctions.Pay, PayFor(a, "ACQ-2", "SHOP_99", "ST_1"));
        var unknownStore = await a.CallAsync(ApiFunctions.Pay, PayFor(a, "ACQ-3", "SHOP_42", "ST_9"));
        var asPartner = await a.CallAsync(ApiFunctions.Pay, PayFor(a, "ACQ-4", a.PartnerId, a.PartnerId));

        Assert.Equal("SUCCESS", pay.Code);
        Assert.Equal("PARAM_ILLEGAL", unknownSeller.Code);
        Assert.StartsWith("body.order.seller.secondaryMerchantId SHOP_99 is not a secondary merchant registered", unknownSeller.Message, StringComparison.Ordinal);
        Assert.StartsWith("body.order.seller.storeId ST_9 is not a registered store", unknownStore.Message, StringComparison.Ordinal);
        Assert.Equal("PARAM_ILLEGAL", asPartner.Code);

        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 24 * 3600 });
        var (status, _) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/reconciliation/{a.PartnerId}/2026-11-27");
        Assert.Equal(HttpStatusCode.Created, status);
        var path = Path.Combine(gateway.DataDirectory, "reconciliation", "archive", a.PartnerId, $"{a.PartnerId}_transaction_20261127.txt");
        var row = Assert.Single(await ReconciliationFileReader.ReadFileAsync(path).ToListAsync());
        Assert.Equal(("ACQ-1", "SHOP_42", "ST_1", "Corner Noodle Bar", "5814"),
            (row.PartnerTransactionId, row.SecondaryMerchantId, row.StoreId, row.SecondaryMerchantName, row.SecondaryMerchantIndustry));

        using var portal = await PortalSession.SignInAsync(gateway, (acquirer.PortalUser, acquirer.PortalPassword));
        var html = await portal.Client.GetStringAsync("/portal/secondary-merchants");
        Assert.Contains("SHOP_42", html, StringComparison.Ordinal);
        Assert.Contains("Corner Noodle Bar", html, StringComparison.Ordinal);
        await gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task DirectMerchant_MaintainOrOthersRegistration_RefusedAndGuideRuleKept()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var m = gateway.Merchant;
        var acquirer = await OnboardedClient.CreateAsync(gateway, new { acquirer = true });
        await acquirer.Client.CallAsync(ApiFunctions.IndirectMerchantMaintain, Maintain(acquirer.PartnerId, "ADD", "SHOP_1", "Shop", "5812", "ST_1"));

        var direct = await m.CallAsync(ApiFunctions.IndirectMerchantMaintain, Maintain(m.PartnerId, "ADD", "SHOP_1", "Shop", "5812", "ST_1"));
        var othersSeller = await m.CallAsync(ApiFunctions.Pay, PayFor(m, "DIR-1", "SHOP_1", "ST_1"));
        var othersAcquirer = await m.CallAsync(ApiFunctions.IndirectMerchantQuery, new JsonObject { ["merchantId"] = acquirer.PartnerId, ["sellerId"] = "SHOP_1", ["storeId"] = "ST_1" });
        var badType = await acquirer.Client.CallAsync(ApiFunctions.IndirectMerchantMaintain, Maintain(acquirer.PartnerId, "DELETE", "SHOP_1", "Shop", "5812", "ST_1"));
        var badMcc = await acquirer.Client.CallAsync(ApiFunctions.IndirectMerchantMaintain, Maintain(acquirer.PartnerId, "ADD", "SHOP_2", "Shop", "58", "ST_1"));

        Assert.Equal("ACCESS_DENIED", direct.Code);
        Assert.Equal(("PARAM_ILLEGAL", "body.order.seller.secondaryMerchantId must equal partnerId in direct integration"), (othersSeller.Code, othersSeller.Message));
        Assert.Equal("ACCESS_DENIED", othersAcquirer.Code);
        Assert.Equal("body.operationType must be ADD or MODIFY", badType.Message);
        Assert.Equal("body.sellerInfo.sellerMcc must be a 4-digit merchant category code", badMcc.Message);
    }

    private static JsonObject Maintain(string merchantId, string operation, string sellerId, string name, string mcc, string storeId) => new()
    {
        ["merchantId"] = merchantId,
        ["operationType"] = operation,
        ["sellerInfo"] = new JsonObject { ["sellerId"] = sellerId, ["sellerName"] = name, ["sellerMcc"] = mcc },
        ["storeInfo"] = new JsonObject { ["storeId"] = storeId, ["storeName"] = name + " " + storeId, ["storeAddress"] = "1 Main St" },
    };

    private static JsonObject PayFor(MerchantClient client, string transId, string sellerId, string storeId)
    {
        var body = client.PayBody(transId, "800", client.AliceCode);
        body["order"]!["seller"] = new JsonObject { ["secondaryMerchantId"] = sellerId, ["storeId"] = storeId };
        return body;
    }
}
