using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>Stores each exchange after the answer is sent, in its own unit of work (never inside a money movement).</summary>
internal sealed class ExchangeRecorder(IDbContextFactory<GatewayDbContext> factory, ILogger<ExchangeRecorder> logger)
{
    public async Task RecordAsync(Exchange exchange)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync();
            db.Exchanges.Add(exchange);
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex)
        {
            Log.ExchangeNotRecorded(logger, exchange.Path, ex);
        }
    }
}
