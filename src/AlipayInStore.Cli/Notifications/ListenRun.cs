using AlipayInStore.Cli.Merchant;
using AlipayInStore.Client;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Notifications;

/// <summary>
/// <c>notifications listen</c>: starts the local listener, points the merchant's notify URL at it, serves until
/// Ctrl+C, then puts the previous notify URL back.
/// </summary>
internal static class ListenRun
{
    public static async Task<int> RunAsync(AlipayInStoreOptions options, string token, Uri? forwardTo, int port, CancellationToken ct)
    {
        var printer = new NotificationPrinter(Console.Out);
        await using var listener = await NotificationListener.StartAsync(
            port, ListenKeys.GatewayVerifier(options), ListenKeys.MerchantSigner(options), forwardTo, printer, ct);
        using var control = new SandboxControlClient(options.GatewayUrl!, token, options.RequestTimeout);
        var previous = (await control.SetNotifyUrlAsync(listener.Url, ct)).PreviousNotifyUrl;
        printer.Line($"Ready! The notify URL of {options.ClientId} now points at {listener.Url}; "
            + (forwardTo is null ? "acknowledging each verified notification here" : $"forwarding to {forwardTo}")
            + ". Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
        }
        await RestoreAsync(control, previous, listener.Url, printer);
        return ExitCodes.Success;
    }

    private static async Task RestoreAsync(SandboxControlClient control, string? previous, string own, NotificationPrinter printer)
    {
        var restore = previous == own ? null : previous;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await control.SetNotifyUrlAsync(restore, timeout.Token);
            printer.Line(restore is null ? "Notify URL cleared." : $"Notify URL restored to {restore}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or SandboxControlException or OperationCanceledException)
        {
            printer.Line($"Could not restore the notify URL ({ex.Message}); set it with PUT /sandbox/merchant/notify-url.");
        }
    }
}
