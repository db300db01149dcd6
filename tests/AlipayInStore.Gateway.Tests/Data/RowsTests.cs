using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Protocol.Wire;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Data;

/// <summary>
/// The pay path's prepared statements (Rows, Statements) store what SaveChanges would. Runs on SQLite and PostgreSQL.
/// (That a statement PostgreSQL refuses when binding its values leaves the connection in step is proven by
/// ExchangeRecorderTests' batch with a U+0000 row, which failed while Npgsql prepared those statements itself.)
/// </summary>
public sealed class RowsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 23, 59, 58, 123, TimeSpan.FromHours(8));
    private GatewayFixture _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayFixture.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Insert_StoresEveryColumnAsSaveChangesWould_AndSetsTheGeneratedId()
    {
        var reference = "ROWS-" + Guid.NewGuid().ToString("N");
        var bySaveChanges = new Notification(7, ApiFunctions.NotifyPay, "{\"a\":1}", null, reference + "-ef", At, "00-trace");
        var byRows = new Notification(7, ApiFunctions.NotifyPay, "{\"a\":1}", null, reference + "-rows", At, "00-trace");
        bySaveChanges.MarkNoTarget();
        byRows.MarkNoTarget();
        await _gateway.WithDbAsync(async db =>
        {
            db.Notifications.Add(bySaveChanges);
            await db.SaveChangesAsync();
            return await UnitOfWork.RunAsync(db, async ct =>
            {
                await Rows.InsertAsync(db, byRows, ct);
                return true;
            }, CancellationToken.None);
        });

        Assert.True(byRows.Id > bySaveChanges.Id);
        var stored = await _gateway.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Reference.StartsWith(reference)).ToDictionaryAsync(n => n.Reference));
        var (ef, rows) = (stored[reference + "-ef"], stored[reference + "-rows"]);
        Assert.Equal(byRows.Id, rows.Id);
        foreach (var property in typeof(Notification).GetProperties().Where(p => p.Name is not nameof(Notification.Id) and not nameof(Notification.Reference)))
        {
            Assert.Equal(property.GetValue(ef), property.GetValue(rows));
        }
        Assert.Equal(At, rows.CreatedAt);
        Assert.Equal(NotificationStatus.Failed, rows.Status);
        Assert.Null(rows.TargetUrl);
    }

    [Fact]
    public async Task Insert_OfATrackedEntity_LeavesItTrackedAsStored_SoALaterChangeIsSavedAsAnUpdate()
    {
        var reference = "ROWS-" + Guid.NewGuid().ToString("N");
        var id = await _gateway.WithDbAsync(db => UnitOfWork.RunAsync(db, async ct =>
        {
            var notification = db.Notifications.Add(new Notification(7, ApiFunctions.NotifyPay, "{}", null, reference, At)).Entity;
            await Rows.InsertAsync(db, notification, ct);
            Assert.Equal(EntityState.Unchanged, db.Entry(notification).State);
            notification.MarkNoTarget();
            return notification.Id;
        }, CancellationToken.None));

        var stored = await _gateway.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Reference == reference).ToListAsync());
        Assert.Equal(id, Assert.Single(stored).Id);
        Assert.Equal(NotificationStatus.Failed, stored[0].Status);
    }

    [Fact]
    public async Task Update_WritesOnlyWhileTheGuardHolds()
    {
        var reference = "ROWS-" + Guid.NewGuid().ToString("N");
        var notification = new Notification(7, ApiFunctions.NotifyPay, "{}", null, reference, At);
        await _gateway.WithDbAsync(db => UnitOfWork.RunAsync(db, async ct =>
        {
            await Rows.InsertAsync(db, notification, ct);
            return true;
        }, CancellationToken.None));
        notification.MarkNoTarget();

        // The row holds no claim (ClaimedBy null): a write guarded by a claim finds nothing to write.
        var written = await _gateway.WithDbAsync(db => UnitOfWork.RunAsync(db,
            ct => Rows.UpdateAsync(db, notification, [nameof(Notification.Status), nameof(Notification.LastError)], nameof(Notification.Reference), "not-" + reference, ct),
            CancellationToken.None));
        Assert.False(written);
        Assert.Equal(NotificationStatus.Pending, (await Stored(reference)).Status);

        written = await _gateway.WithDbAsync(db => UnitOfWork.RunAsync(db,
            ct => Rows.UpdateAsync(db, notification, [nameof(Notification.Status), nameof(Notification.LastError)], nameof(Notification.Reference), reference, ct),
            CancellationToken.None));
        Assert.True(written);
        var stored = await Stored(reference);
        Assert.Equal(NotificationStatus.Failed, stored.Status);
        Assert.Equal(notification.LastError, stored.LastError);
        Assert.Equal(At, stored.NextAttemptAt); // MarkNoTarget cleared it on the entity; not in the list, so the row keeps it
    }

    private Task<Notification> Stored(string reference) =>
        _gateway.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Reference == reference));
}
