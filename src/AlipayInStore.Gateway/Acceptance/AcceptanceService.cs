using System.Security.Cryptography;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.OpenApi;
using AlipayInStore.Gateway.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>
/// Starts runs, moves them from case to case (doing the kit's part of each case as it starts), and grades every case
/// live from the recorded exchanges and notification deliveries.
/// </summary>
internal sealed class AcceptanceService(GatewayDbContext db, ExchangeRecorder recorder, AcceptanceArming arming, KitNotifier notifier, TimeProvider clock)
{
    public async Task<AcceptanceRun> StartAsync(Merchant merchant, CancellationToken ct)
    {
        var run = new AcceptanceRun(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), merchant.Id, clock.GetUtcNow());
        db.AcceptanceRuns.Add(run);
        await db.SaveChangesAsync(ct);
        GatewayTelemetry.AcceptanceRunStarted();
        await DoKitPartAsync(run, ct);
        return run;
    }

    public async Task<AcceptanceRun?> NextAsync(string runId, CancellationToken ct)
    {
        var run = await db.AcceptanceRuns.SingleOrDefaultAsync(r => r.RunId == runId, ct);
        if (run is null || run.Finished)
        {
            return run;
        }
        run.NextCase(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await DoKitPartAsync(run, ct);
        return run;
    }

    /// <summary>Does the kit's part of the current case again (after the merchant fixed something): re-sends, re-arms.</summary>
    public async Task<AcceptanceRun?> RepeatKitPartAsync(string runId, CancellationToken ct)
    {
        var run = await db.AcceptanceRuns.AsNoTracking().SingleOrDefaultAsync(r => r.RunId == runId, ct);
        if (run is not null)
        {
            await DoKitPartAsync(run, ct);
        }
        return run;
    }

    private async Task DoKitPartAsync(AcceptanceRun run, CancellationToken ct)
    {
        var kit = run.Finished ? KitAction.None : AcceptanceCatalog.Cases[run.CaseIndex].Kit;
        await arming.SetAsync(db, run, kit == KitAction.TamperNextPay, ct);
        if (kit is KitAction.RepeatNotification or KitAction.ForgeNotification)
        {
            await notifier.SendAsync(run, AcceptanceCatalog.Cases[run.CaseIndex], ct);
        }
    }

    /// <summary>The run when it belongs to <paramref name="merchantId"/>; null for none and for another merchant's run alike.</summary>
    public Task<AcceptanceRun?> FindAsync(string runId, long merchantId, CancellationToken ct) =>
        db.AcceptanceRuns.AsNoTracking().SingleOrDefaultAsync(r => r.RunId == runId && r.MerchantId == merchantId, ct);

    public async Task<RunReport?> ReportAsync(string runId, CancellationToken ct)
    {
        var run = await db.AcceptanceRuns.AsNoTracking().SingleOrDefaultAsync(r => r.RunId == runId, ct);
        return run is null ? null : (await ReportsAsync(run.MerchantId, [run], ct))[0];
    }

    /// <summary>The merchant's latest <paramref name="take"/> runs, newest first, each graded as <see cref="ReportAsync"/> does.</summary>
    public async Task<IReadOnlyList<RunReport>> ListAsync(long merchantId, int take, CancellationToken ct)
    {
        var runs = await db.AcceptanceRuns.AsNoTracking().Where(r => r.MerchantId == merchantId).OrderByDescending(r => r.Id).Take(take).ToListAsync(ct);
        return runs.Count == 0 ? [] : await ReportsAsync(merchantId, runs, ct);
    }

    // Each run reads only its own span of traffic: a finished run does not re-read what came after it.
    private async Task<IReadOnlyList<RunReport>> ReportsAsync(long merchantId, IReadOnlyList<AcceptanceRun> runs, CancellationToken ct)
    {
        await recorder.WaitUntilStoredAsync(TimeSpan.FromSeconds(2), TimeProvider.System, ct);
        var partner = await db.Merchants.Where(m => m.Id == merchantId).Select(m => m.PartnerId).SingleAsync(ct);
        var kit = await RunDeliveries.KitAsync(db, runs.Select(r => r.Id).ToList(), ct);
        var reports = new List<RunReport>(runs.Count);
        foreach (var run in runs)
        {
            var (since, until) = (run.StartedAt, run.EndedAt ?? DateTimeOffset.MaxValue);
            var exchanges = (await db.Exchanges.AsNoTracking()
                    .Where(e => e.MerchantId == merchantId && e.At >= since && e.At < until).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct))
                .Select(ExchangeFacts.From).ToList();
            var deliveries = await RunDeliveries.GatewayAsync(db, merchantId, since, ct);
            reports.Add(Report(run, partner, exchanges, deliveries, kit[run.Id]));
        }
        return reports;
    }

    private static RunReport Report(AcceptanceRun run, string partner, List<ExchangeFact> exchanges, IReadOnlyList<DeliveryFact> deliveries, IEnumerable<KitDelivery> kit)
    {
        var latestKit = RunDeliveries.LatestBatches(kit);
        var cases = AcceptanceCatalog.Cases.Select((c, i) => Grade(c, i, run, exchanges, deliveries, latestKit)).ToList();
        return new RunReport(run.RunId, partner, run.StartedAt, run.Finished,
            cases.Count(c => c.Verdict == nameof(CaseVerdict.Passed)), cases.Count(c => c.Verdict == nameof(CaseVerdict.Failed)),
            cases.Count(c => c.Verdict == nameof(CaseVerdict.Pending)), run.Finished ? null : cases[run.CaseIndex], cases);
    }

    private static CaseReport Grade(AcceptanceCase c, int index, AcceptanceRun run, List<ExchangeFact> exchanges,
        IReadOnlyList<DeliveryFact> deliveries, ILookup<string, DeliveryFact> kit)
    {
        var window = run.WindowOf(index);
        if (window is not { } w)
        {
            return new CaseReport(index + 1, c.Id, c.Title, c.Instructions, "not started", nameof(CaseVerdict.Pending), "Not reached yet.", [], null) { Kit = c.Kit.ToString() };
        }
        var traffic = new CaseTraffic(exchanges.Where(e => e.At >= w.Start && (w.End is null || e.At < w.End)).ToList(), Finished: w.End is not null)
        {
            Deliveries = deliveries,
            KitDeliveries = [.. kit[c.Id]],
        };
        var grade = c.Grade(traffic);
        return new CaseReport(index + 1, c.Id, c.Title, c.Instructions, w.End is null ? "current" : "finished",
            grade.Verdict.ToString(), grade.Reason, grade.Evidence.Select(e => e.Describe()).ToList(), grade.Suggestion) { Kit = c.Kit.ToString() };
    }
}
