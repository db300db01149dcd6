using System.Collections.Concurrent;
using AlipayInStore.Client;
using AlipayInStore.Cli.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Cli.Acceptance;

/// <summary>
/// The self-test's notification endpoint on loopback: the SDK's own receiver (<c>MapAlipayNotifications</c>), so the
/// kit grades the SDK's verification, deduplication and signed acknowledgement exactly as a merchant's app would run them.
/// </summary>
internal sealed class SelfTestReceiver : IAsyncDisposable
{
    private const string Path = "/alipay/notify";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _paid = new(StringComparer.Ordinal);

    private SelfTestReceiver(WebApplication app) => _app = app;

    public string Url => LoopbackHost.Url(_app, Path);

    public static async Task<SelfTestReceiver> StartAsync(AlipayInStoreOptions merchant, CancellationToken ct)
    {
        var builder = LoopbackHost.CreateBuilder();
        // Every option of the merchant under test, the signature encoding and integration mode included.
        builder.Services.AddAlipayInStore(Options.DefaultName, merchant);
        var app = builder.Build();
        var receiver = new SelfTestReceiver(app);
        app.MapAlipayNotifications(Path, (notification, _) =>
        {
            if (notification.Payment?.AcquirementId is { } id)
            {
                receiver.Paid(id).TrySetResult();
            }
            return Task.CompletedTask;
        });
        await app.StartAsync(ct);
        return receiver;
    }

    /// <summary>Waits until the payment's notification has been received and handled (acknowledged).</summary>
    public async Task WaitForPaymentAsync(string acquirementId, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await Paid(acquirementId).Task.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No notification for {acquirementId} reached the self-test's receiver at {Url} within {timeout.TotalSeconds:0} s.");
        }
    }

    private TaskCompletionSource Paid(string acquirementId) =>
        _paid.GetOrAdd(acquirementId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
