using System.Text;
using System.Text.Json.Nodes;
using AlipayInStore.Gateway.OpenApi;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Wire;
using AlipayInStore.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AlipayInStore.Gateway.Tests;

/// <summary>
/// Hostile traffic over real HTTP: 1,000 mutated signed envelopes and 1,000 correctly signed requests carrying hostile
/// values. Every answer is an envelope, never 5xx or U; money moves exactly by the S answers; every request is logged.
/// </summary>
public sealed class HostileTrafficTests(ITestOutputHelper output)
{
    private const int Seed = 20261127;
    private const int Each = 1_000;

    [Fact]
    public async Task Post_HostileTraffic_EnvelopesOnlyNoUnknownMoneyExactAndAllLogged()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var m = gateway.Merchant;
        var random = new Random(Seed);
        var aliceBefore = await gateway.Control.BalanceAsync("alice");
        var loggedBefore = await gateway.WithDbAsync(db => db.Exchanges.CountAsync());
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        var charged = new Dictionary<string, long>(StringComparer.Ordinal);

        // Generated in seed order, sent four at a time.
        var requests = new List<(string What, string Function, Func<Task<Reply>> Send)>();
        for (var n = 0; n < Each; n++)
        {
            var kind = EnvelopeMutator.Kinds[n % EnvelopeMutator.Kinds.Length];
            var bytes = EnvelopeMutator.Mutate(SignedPay(m, "HM-" + n, random), kind, random);
            requests.Add(("mutated/" + kind, ApiFunctions.Pay, () => m.PostBytesAsync(ApiFunctions.PathOf(ApiFunctions.Pay), bytes)));
        }
        for (var n = 0; n < Each; n++)
        {
            var (function, field, content) = HostileValues.Next(m, random, n);
            requests.Add(("hostile/" + field, function, () => m.CallRawAsync(function, content)));
        }
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (r, _) =>
        {
            var reply = await r.Send();
            lock (tally)
            {
                Count(reply, r.What, r.Function, tally, charged);
            }
        });
        var recorder = gateway.App.Services.GetRequiredService<ExchangeRecorder>();
        await recorder.WaitUntilStoredAsync(TimeSpan.FromSeconds(60), TimeProvider.System, CancellationToken.None);

        var logged = await gateway.WithDbAsync(db => db.Exchanges.CountAsync()) - loggedBefore;
        var repaired = await gateway.WithDbAsync(db => db.Exchanges.CountAsync(e => e.Repaired));
        foreach (var (key, count) in tally.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{key,-60} {count,5}");
        }
        output.WriteLine($"{TestDatabase.IsPostgres switch { true => "postgres", false => "sqlite" }}: {2 * Each} requests, {charged.Count} charged, {logged} logged ({repaired} repaired, {recorder.Dropped} dropped)");

        Assert.Equal(aliceBefore - charged.Values.Sum(), await gateway.Control.BalanceAsync("alice"));
        await gateway.AssertLedgerBalancedAsync();
        Assert.Equal(2 * Each, logged);
        Assert.Equal(0, recorder.Dropped);
        Assert.True(charged.Count > 50, $"only {charged.Count} payments succeeded: the traffic is not exercising the engine");
        Assert.True(tally.Where(t => t.Key.EndsWith("F/PARAM_ILLEGAL", StringComparison.Ordinal)).Sum(t => t.Value) > Each, "most hostile traffic must be refused as PARAM_ILLEGAL");
    }

    private static byte[] SignedPay(MerchantClient m, string merchantTransId, Random random)
    {
        var amount = random.Next(100, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var content = new JsonObject { ["head"] = m.Head(ApiFunctions.Pay), ["body"] = m.PayBody(merchantTransId, amount, m.AliceCode) }.ToJsonString();
        return Encoding.UTF8.GetBytes("{\"request\":" + content + ",\"signature\":\"" + m.Sign(content) + "\"}");
    }

    // PostBytesAsync already asserted HTTP 200 and an envelope; here: never U, and what S answers charged.
    private static void Count(Reply reply, string what, string function, Dictionary<string, int> tally, Dictionary<string, long> charged)
    {
        Assert.True(reply.Status is "S" or "F", $"{what}: {reply.Status}/{reply.Code} {reply.Message}");
        var key = $"{what.Split('/')[0]} {reply.Status}/{reply.Code}";
        tally[key] = tally.GetValueOrDefault(key) + 1;
        if (reply.Status == "S" && function == ApiFunctions.Pay)
        {
            charged[reply.Field("acquirementId")!] = long.Parse(reply.Amount("payAmount") ?? reply.Amount("orderAmount")!, System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
