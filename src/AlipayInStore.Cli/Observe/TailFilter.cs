namespace AlipayInStore.Cli.Observe;

/// <summary>What <c>logs tail</c> asks the gateway to send; the gateway filters, so nothing else crosses the wire.</summary>
internal sealed record TailFilter(string? Function, string? Status, string? ClientId, string? AcquirementId)
{
    public string Query()
    {
        var parts = new List<string>();
        Add(parts, "function", Function);
        Add(parts, "status", Status);
        Add(parts, "clientId", ClientId);
        Add(parts, "acquirementId", AcquirementId);
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
}
