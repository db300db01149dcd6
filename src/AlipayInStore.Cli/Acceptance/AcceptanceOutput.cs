using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Acceptance;

/// <summary>Prints a run (a table, or its JSON) and writes the exported reports.</summary>
internal static class AcceptanceOutput
{
    public static void Print(JsonObject report, bool json)
    {
        if (json)
        {
            Console.WriteLine(report.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return;
        }
        Console.WriteLine($"Run {report["runId"]} — {report["passed"]} passed, {report["failed"]} failed, {report["pending"]} pending");
        foreach (var c in report["cases"]!.AsArray())
        {
            Console.WriteLine($"  {c!["number"],2}. {c["verdict"],-8} {c["title"]}");
            if ((string?)c["status"] != "not started")
            {
                Console.WriteLine($"      {c["reason"]}");
                foreach (var e in c["evidence"]!.AsArray())
                {
                    Console.WriteLine($"        {e}");
                }
                if (c["suggestion"] is { } suggestion)
                {
                    Console.WriteLine($"      Suggestion: {suggestion}");
                }
            }
        }
        if (report["current"] is JsonObject current)
        {
            Console.WriteLine($"\nNow: case {current["number"]} — {current["title"]}\n  {current["instructions"]}");
        }
    }

    public static async Task ExportAsync(SandboxControlClient control, string runId, FileInfo? html, FileInfo? junit, CancellationToken ct)
    {
        if (html is not null)
        {
            await File.WriteAllTextAsync(html.FullName, await control.GetAcceptanceHtmlAsync(runId, ct), ct);
        }
        if (junit is not null)
        {
            await File.WriteAllTextAsync(junit.FullName, await control.GetAcceptanceJUnitAsync(runId, ct), ct);
        }
    }

    /// <summary>0 when nothing failed (and, for a finished run, nothing is pending); 1 otherwise.</summary>
    public static int ExitCode(JsonObject report) =>
        (int)report["failed"]! == 0 && ((bool)report["finished"]! == false || (int)report["pending"]! == 0) ? ExitCodes.Success : ExitCodes.BusinessFailure;
}
