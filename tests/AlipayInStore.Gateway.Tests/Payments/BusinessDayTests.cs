using System.Net;
using System.Text.RegularExpressions;
using AlipayInStore.Gateway.Tests.Portal;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AlipayInStore.Gateway.Tests.Payments;

/// <summary>One business day: the cancel window, the reconciliation file and the portal chart put a payment on the same date.</summary>
public sealed class BusinessDayTests
{
    // 15:30 UTC on 2026-11-27 is 00:30 on 2026-11-28 in GMT+9 (and still the 27th in GMT+8 and in UTC).
    private static readonly DateTimeOffset PaidAt = new(2026, 11, 27, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Payment_At1530UtcWithOffsetPlus9_SameDateInCancelWindowFileAndChart()
    {
        await using var gateway = await GatewayFixture.StartAsync(new() { ["BusinessDayOffset"] = "09:00:00" }, time: new FakeTimeProvider(PaidAt));
        await gateway.Merchant.PayAsync("BD-1", "1250");
        var partner = gateway.Merchant.PartnerId;

        // 15:10 UTC on the 28th: 00:10 on the 29th in GMT+9, so the payment's day is over.
        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = (23 * 60 + 40) * 60 });
        var cancel = await gateway.Merchant.CancelAsync("BD-1");
        var (fileStatus, file) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/reconciliation/{partner}/2026-11-28");
        var (dayBeforeStatus, dayBefore) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/reconciliation/{partner}/2026-11-27");
        using var owner = await PortalSession.SignInSeededAsync(gateway);
        var chart = await owner.Client.GetStringAsync("/portal");

        Assert.Equal("CANCEL_WINDOW_EXPIRED", cancel.Code);
        Assert.Contains("(GMT+9)", cancel.Message, StringComparison.Ordinal);
        Assert.Contains("this one is from 2026-11-28", cancel.Message, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, fileStatus);
        Assert.Equal(1, file.GetProperty("rowCount").GetInt32());
        var text = await File.ReadAllTextAsync(Path.Combine(gateway.DataDirectory, "reconciliation", "archive", partner, $"{partner}_transaction_20261128.txt"));
        Assert.Contains("|2026-11-28 00:30:00|", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, dayBeforeStatus);
        Assert.False(dayBefore.TryGetProperty("rowCount", out _), dayBefore.ToString());

        Assert.Matches(Bar("2026-11-28", 1), chart);
        Assert.Matches(Bar("2026-11-27", 0), chart);
    }

    private static Regex Bar(string day, int count) => new($"<title>{day}: [^<]* in {count} payment\\(s\\)</title>", RegexOptions.CultureInvariant);
}
