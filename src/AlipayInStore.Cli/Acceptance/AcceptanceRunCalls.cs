using System.Text.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Acceptance;

/// <summary>The acceptance calls of <see cref="SandboxControlClient"/>, with the run's JSON as the printer walks it.</summary>
internal static class AcceptanceRunCalls
{
    public static async Task<JsonObject> StartRunAsync(this SandboxControlClient control, string? partnerId, CancellationToken ct) =>
        Node(await control.StartAcceptanceRunAsync(partnerId, ct));

    public static async Task<JsonObject> NextAsync(this SandboxControlClient control, string runId, CancellationToken ct) =>
        Node(await control.NextAcceptanceCaseAsync(runId, ct));

    public static async Task<JsonObject> KitAsync(this SandboxControlClient control, string runId, CancellationToken ct) =>
        Node(await control.RunAcceptanceKitAsync(runId, ct));

    public static async Task<JsonObject> ReportAsync(this SandboxControlClient control, string runId, CancellationToken ct) =>
        Node(await control.GetAcceptanceRunAsync(runId, ct));

    private static JsonObject Node(JsonElement run) =>
        JsonObject.Create(run) ?? throw new JsonException("The sandbox answered an acceptance run that is not a JSON object.");
}
