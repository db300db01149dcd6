using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>
/// Cases that make the gateway misbehave on purpose (the tampered answer) arm it for one merchant: the arming is a
/// flag on the merchant's run in the database, so any gateway instance answering that merchant's next pay sees it,
/// and consuming it is one conditional update, so exactly one answer is tampered with. Each instance keeps the set
/// of armed merchants for a second to spare the database a query per pay; the instance that arms knows at once.
/// </summary>
internal sealed class AcceptanceArming(IServiceScopeFactory scopes) : IPayAnswerTamper
{
    public const string Marker = "(tampered by the acceptance kit)";
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private HashSet<long> _armed = [];
    private long? _loadedAt;

    /// <summary>Arms (or disarms) the tamper for the merchant of <paramref name="run"/>; any other run of the merchant is disarmed.</summary>
    public async Task SetAsync(GatewayDbContext db, AcceptanceRun run, bool tamperNextPay, CancellationToken ct)
    {
        await db.AcceptanceRuns.Where(r => r.MerchantId == run.MerchantId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.TamperArmed, r => r.Id == run.Id && tamperNextPay), ct);
        lock (_gate)
        {
            if (tamperNextPay)
            {
                _armed.Add(run.MerchantId);
            }
            else
            {
                _armed.Remove(run.MerchantId);
            }
        }
    }

    /// <summary>True once per arming: this answer to the merchant's pay is to be tampered with.</summary>
    public async Task<bool> TryConsumeTamperAsync(long merchantId, CancellationToken ct)
    {
        if (!await MaybeArmedAsync(merchantId, ct))
        {
            return false;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var consumed = await db.AcceptanceRuns.Where(r => r.MerchantId == merchantId && r.TamperArmed)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.TamperArmed, false), ct);
        lock (_gate)
        {
            _armed.Remove(merchantId);
        }
        return consumed > 0;
    }

    private async Task<bool> MaybeArmedAsync(long merchantId, CancellationToken ct)
    {
        lock (_gate)
        {
            if ((_loadedAt is { } at && TimeProvider.System.GetElapsedTime(at) < Freshness) || _armed.Contains(merchantId))
            {
                return _armed.Contains(merchantId);
            }
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var armed = (await db.AcceptanceRuns.AsNoTracking().Where(r => r.TamperArmed).Select(r => r.MerchantId).ToListAsync(ct)).ToHashSet();
        lock (_gate)
        {
            _armed = armed;
            _loadedAt = TimeProvider.System.GetTimestamp();
            return armed.Contains(merchantId);
        }
    }

    /// <summary>The pay answer tampered with when the merchant is armed (consuming the arming), else unchanged.</summary>
    public async Task<byte[]> ApplyAsync(long merchantId, byte[] answer, CancellationToken ct) =>
        await TryConsumeTamperAsync(merchantId, ct) ? Tamper(answer) : answer;

    /// <summary>The answer with its message changed after signing: the signature no longer matches the text.</summary>
    public static byte[] Tamper(byte[] envelope) =>
        System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(envelope)
            .Replace("\"resultMsg\":\"", "\"resultMsg\":\"" + Marker + " ", StringComparison.Ordinal));
}
