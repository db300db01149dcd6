namespace AlipayInStore.Cli.Notifications;

/// <summary>The control API refused a call (404 no such notification, 409 being delivered, …): a business failure, exit code 1.</summary>
internal sealed class ControlApiException(int status, string error) : Exception($"the sandbox answered {status}: {error}")
{
    public int Status { get; } = status;
}
