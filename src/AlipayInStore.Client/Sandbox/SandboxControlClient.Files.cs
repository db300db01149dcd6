using System.Text.Json;

namespace AlipayInStore.Client.Sandbox;

/// <summary>The reconciliation and acceptance calls of the control API.</summary>
public sealed partial class SandboxControlClient
{
    /// <summary>Produces (or produces again) a merchant's reconciliation file of a day that is over on the sandbox clock.</summary>
    public Task<SandboxReconciliationFile> GenerateReconciliationFileAsync(string partnerId, DateOnly businessDate, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"sandbox/reconciliation/{Escape(partnerId)}/{Day(businessDate)}", null, Json.SandboxReconciliationFile, cancellationToken);

    /// <summary>The exact bytes of a merchant's reconciliation file of a day (404 until it is produced).</summary>
    public Task<byte[]> DownloadReconciliationFileAsync(string partnerId, DateOnly businessDate, CancellationToken cancellationToken = default) =>
        SendForBytesAsync(HttpMethod.Get, $"sandbox/reconciliation/{Escape(partnerId)}/{Day(businessDate)}", null, cancellationToken);

    /// <summary>Starts an acceptance run for the merchant (the first when <paramref name="partnerId"/> is null); the run's JSON.</summary>
    public Task<JsonElement> StartAcceptanceRunAsync(string? partnerId = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "sandbox/acceptance/runs", new System.Text.Json.Nodes.JsonObject { ["partnerId"] = partnerId }, Json.JsonElement, cancellationToken);

    /// <summary>Moves an acceptance run to its next case.</summary>
    public Task<JsonElement> NextAcceptanceCaseAsync(string runId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"sandbox/acceptance/runs/{Escape(runId)}/next", null, Json.JsonElement, cancellationToken);

    /// <summary>Makes the kit's own deliveries of the current case (duplicate and forged notifications).</summary>
    public Task<JsonElement> RunAcceptanceKitAsync(string runId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"sandbox/acceptance/runs/{Escape(runId)}/kit", null, Json.JsonElement, cancellationToken);

    /// <summary>An acceptance run's report (each case's grade and evidence).</summary>
    public Task<JsonElement> GetAcceptanceRunAsync(string runId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, $"sandbox/acceptance/runs/{Escape(runId)}", null, Json.JsonElement, cancellationToken);

    /// <summary>An acceptance run's JUnit XML, for a CI job's test report.</summary>
    public Task<string> GetAcceptanceJUnitAsync(string runId, CancellationToken cancellationToken = default) =>
        SendForTextAsync(HttpMethod.Get, $"sandbox/acceptance/runs/{Escape(runId)}/junit.xml", null, cancellationToken);

    /// <summary>An acceptance run's report as a self-contained HTML page.</summary>
    public Task<string> GetAcceptanceHtmlAsync(string runId, CancellationToken cancellationToken = default) =>
        SendForTextAsync(HttpMethod.Get, $"sandbox/acceptance/runs/{Escape(runId)}/report.html", null, cancellationToken);
}
