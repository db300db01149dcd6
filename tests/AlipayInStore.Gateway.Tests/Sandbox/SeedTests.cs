using System.Net;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Sandbox;
using AlipayInStore.Gateway.Tests.Portal;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Sandbox;

/// <summary>A seed file gives the same sandbox on every run, and a reset puts it back.</summary>
public sealed class SeedTests
{
    [Fact]
    public async Task Seed_SameFileTwiceInFreshFolders_IdenticalIdsKeysAndCodes()
    {
        var seed = SeedFiles.Write(Directory.CreateTempSubdirectory("aig-seed").FullName);
        var runs = new List<string>();
        for (var run = 0; run < 2; run++)
        {
            await using var gateway = await GatewayFixture.StartAsync(seedFile: seed);
            var merchants = (await gateway.WithDbAsync(db => db.Merchants.OrderBy(m => m.PartnerId).ToListAsync()))
                .Select(m => string.Join('|', m.PartnerId, m.ClientId, m.Name, m.RsaPublicKeyPem, m.Sha256Key, m.SignType, m.FeeRateBasisPoints, m.EmptyDayFiles, m.SftpPasswordHash != null))
                .ToList();
            var buyers = await gateway.WithDbAsync(db => db.Buyers.OrderBy(b => b.Id).Select(b => b.Id + "|" + b.TestCode + "|" + b.Currency).ToListAsync());
            var balances = await gateway.WithDbAsync(db => db.LedgerBalances.Where(b => b.Account.StartsWith("buyer:")).OrderBy(b => b.Account).Select(b => b.Account + "=" + b.Balance).ToListAsync());
            var key = await File.ReadAllTextAsync(gateway.Seed.MerchantPrivateKeyPath);
            runs.Add(string.Join('\n', merchants.Concat(buyers).Concat(balances).Append(key)));

            Assert.Equal(3, merchants.Count);
            Assert.Equal("2088000000000001", gateway.Seed.Merchant.PartnerId);
            Assert.Equal("SUCCESS", (await gateway.Merchant.PayAsync($"SEED-{run}", "100", "280000000000000001")).Code);
            using var portal = await PortalSession.SignInAsync(gateway, ("owner@2088000000000002", "second-pass-123"));
            Assert.Contains("Second Deli", await portal.Client.GetStringAsync("/portal"), StringComparison.Ordinal);
        }
        Assert.Equal(runs[0], runs[1]);
        Assert.Contains("280000000000000003", runs[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_AfterTraffic_SeededStateBackAndLedgerBalances()
    {
        var seed = SeedFiles.Write(Directory.CreateTempSubdirectory("aig-seed").FullName);
        await using var gateway = await GatewayFixture.StartAsync(seedFile: seed);
        var pay = await gateway.Merchant.PayAsync("TRAFFIC-1", "5000", "280000000000000001");
        await gateway.Merchant.RefundAsync(pay.Field("acquirementId")!, "TRAFFIC-1-r", "1000");
        await OnboardedClient.CreateAsync(gateway, new { name = "Made after the seed" });
        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/buyers", new { buyerId = "dave", balance = 10 });

        var (status, json) = await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/reset");

        Assert.True(status == HttpStatusCode.OK, json.ToString());
        Assert.Equal(["2088000000000001", "2088000000000002", "2088000000000003"],
            await gateway.WithDbAsync(db => db.Merchants.OrderBy(m => m.PartnerId).Select(m => m.PartnerId).ToListAsync()));
        Assert.Equal(0, await gateway.WithDbAsync(db => db.Payments.CountAsync()));
        Assert.Equal(100000, await gateway.Control.BalanceAsync("alice"));
        Assert.Equal(7000, await gateway.Control.BalanceAsync("carol"));
        Assert.False(await gateway.WithDbAsync(db => db.Buyers.AnyAsync(b => b.Id == "dave")));
        await gateway.AssertLedgerBalancedAsync();
        Assert.Equal("SUCCESS", (await gateway.Merchant.PayAsync("TRAFFIC-1", "5000", "280000000000000001")).Code);
        using var portal = await PortalSession.SignInAsync(gateway, ("owner@2088000000000001", "first-pass-123"));
    }

    public static TheoryData<string, string> Mistakes => new()
    {
        {
            """
            { "partnerId": "2088000000000001", "clientId": "SEEDCLIENT000001", "rsaPrivateKeyFile": "m1.pem" },
            { "partnerId": "2088000000000002", "clientId": "SEEDCLIENT000002", "rsaPrivateKeyFile": "m2.pem",
              "feeRateBasisPoints": 5000 }
            """, "line 5: merchants[1].feeRateBasisPoints must be 0 to 1000 basis points"
        },
        {
            """
            { "partnerId": "2088000000000001", "clientId": "SEEDCLIENT000001", "rsaPrivateKeyFile": "m1.pem" },
            { "partnerId": "2088000000000001", "clientId": "SEEDCLIENT000002", "rsaPrivateKeyFile": "m2.pem" }
            """, "line 4: merchants[1].partnerId 2088000000000001 appears twice"
        },
        { """{ "partnerId": "2088000000000001", "clientId": "SEEDCLIENT000001", "rsaPrivateKeyFile": "missing.pem" }""", "line 3: merchants[0].rsaPrivateKeyFile names" },
        { """{ "partnerId": "2088000000000001", "clientId": "SEEDCLIENT000001" }""", "line 3: merchants[0].rsaPrivateKeyFile must name" },
        { """{ "partnerId": "12345", "clientId": "SEEDCLIENT000001", "rsaPrivateKeyFile": "m1.pem" }""", "line 3: merchants[0].partnerId must be 2088 followed by 12 digits" },
        {
            """
            { "partnerId": "2088000000000001", "clientId": "SEEDCLIENT000001", "rsaPrivateKeyFile": "m1.pem",
              "colour": "red" }
            """, "line 4: merchants[0].colour"
        },
        { """{ "partnerId": "2088000000000001", "clientId": "SEEDCLIENT000001", "rsaPrivateKeyFile": "m1.pem", "signType": "MD5" }""", "line 3: merchants[0].signType must be RSA2 or SHA256" },
        { """{ "partnerId": "2088000000000001", "clientId": "SEEDCLIENT000001", "rsaPrivateKeyFile": "m1.pem", "feeRateBasisPoints": "ten" }""", "line 3: merchants[0].feeRateBasisPoints" },
        { """{ "partnerId": "2088000000000001" """, "line " },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Seed_WithMistake_RefusedWithLineAndRuleNothingCreated(string merchants, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("aig-seed-bad").FullName;
        var seed = SeedFiles.Write(folder, merchants);
        var data = Path.Combine(Path.GetTempPath(), "aig-tests", Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<SeedFileException>(() => GatewayFixture.StartAsync(dataDirectory: data, seedFile: seed));

        Assert.Contains("seed.json " + expected, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data, "keys", "merchant_private_key.pem")));
        Assert.False(File.Exists(SeedStore.PathIn(data)));
    }
}
