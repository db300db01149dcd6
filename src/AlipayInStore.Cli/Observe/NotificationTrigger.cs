using System.Net;
using System.Net.Sockets;
using AlipayInStore.Cli.Notifications;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Observe;

/// <summary>
/// <c>notification-retried</c>: the first delivery finds nobody listening and fails; the gateway keeps the row pending;
/// the trigger then starts a listener and asks for the next delivery now (the portal's "send again"), which is acknowledged.
/// </summary>
internal static class NotificationTrigger
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    public static async Task RunAsync(TriggerContext context, TriggerReport report, CancellationToken ct)
    {
        var options = context.Options;
        await using var listener = await NotificationListener.StartAsync(0, ListenKeys.GatewayVerifier(options), ListenKeys.MerchantSigner(options), null,
            new NotificationPrinter(TextWriter.Null), ct);
        var nobody = $"http://127.0.0.1:{FreePort()}/notify";
        var previous = (await context.Control.SetNotifyUrlAsync(nobody, ct)).PreviousNotifyUrl;
        report.Step($"the merchant's notify URL points at {nobody}, where nothing listens");
        try
        {
            var client = context.Client();
            var transId = TriggerContext.NewTransId("notify");
            report.Id("merchantTransId", transId);
            var paid = await client.PayAndConfirmAsync(context.Pay(transId, "100", "Trigger notification-retried"), TriggerContext.QuickFlow, ct);
            report.Id("acquirementId", paid.AcquirementId);
            report.Step($"pay → {paid.Kind}; the gateway writes a notify.pay and delivers it at once");
            var first = await UntilAsync(context, paid.AcquirementId!, n => n.Attempts >= 1, ct);
            var id = first.Id;
            report.Id("notificationId", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            report.Step($"delivery 1 failed: {first.LastError}; still {first.Status}, next on the schedule at {first.NextAttemptAt}");
            await context.Control.SetNotifyUrlAsync(listener.Url, ct);
            await context.Control.ResendNotificationAsync(id, ct);
            var last = await UntilAsync(context, paid.AcquirementId!, n => n.Status == "Delivered", ct);
            report.Step($"a listener started at {listener.Url}; the delivery was sent again now instead of on the schedule: {last.Status} after {last.Attempts} deliveries");
            report.Outcome = $"notification {id} {last.Status} on delivery {last.Attempts}";
            report.AsPromised = paid.IsPaid && last.Attempts == 2 && last.Status == "Delivered";
        }
        finally
        {
            using var restore = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await context.Control.SetNotifyUrlAsync(previous, restore.Token);
        }
    }

    private static async Task<SandboxNotification> UntilAsync(TriggerContext context, string reference, Func<SandboxNotification, bool> done, CancellationToken ct)
    {
        // Real time, not the sandbox clock: this bounds how long a person waits at the terminal.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var list = await context.Control.GetNotificationsAsync(reference, cancellationToken: ct);
            if (list is [var row, ..] && done(row))
            {
                return row;
            }
            if (waited.Elapsed > Wait)
            {
                throw new TimeoutException($"the notification about {reference} did not get there within {Wait.TotalSeconds:0} s");
            }
            await Task.Delay(250, ct);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
