using System.Text.Json.Nodes;

namespace AlipayInStore.Cli.Observe;

/// <summary>What a trigger did: the calls the SDK made, what the sandbox did on the side, the outcome, and the ids to look up.</summary>
internal sealed class TriggerReport(string name)
{
    private static readonly System.Text.Json.JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    public string Name { get; } = name;
    private readonly List<string> _steps = [];

    /// <summary>What happened, in order: the SDK's calls (from its spans) and what the trigger did on the sandbox's side.</summary>
    public IReadOnlyList<string> Steps
    {
        get
        {
            lock (_steps)
            {
                return [.. _steps];
            }
        }
    }
    public SortedDictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);
    public string Outcome { get; set; } = "";

    /// <summary>True when the situation happened as <c>trigger --list</c> promises.</summary>
    public bool AsPromised { get; set; }
    public string? TraceId { get; set; }

    public void Step(string text)
    {
        lock (_steps)
        {
            _steps.Add(text);
        }
    }

    public void Id(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Ids[name] = value;
        }
    }

    public void Print(TextWriter writer, bool json)
    {
        if (json)
        {
            var ids = new JsonObject();
            foreach (var (key, value) in Ids)
            {
                ids[key] = value;
            }
            writer.WriteLine(new JsonObject
            {
                ["trigger"] = Name, ["outcome"] = Outcome, ["asPromised"] = AsPromised,
                ["steps"] = new JsonArray([.. Steps.Select(s => (JsonNode?)JsonValue.Create(s))]), ["ids"] = ids, ["traceId"] = TraceId,
            }.ToJsonString(Plain));
            return;
        }
        writer.WriteLine($"trigger {Name}");
        var steps = Steps;
        for (var i = 0; i < steps.Count; i++)
        {
            writer.WriteLine($"  {i + 1}. {steps[i]}");
        }
        writer.WriteLine($"outcome: {Outcome}" + (AsPromised ? "" : "  (NOT what this trigger promises)"));
        foreach (var (key, value) in Ids)
        {
            writer.WriteLine($"  {key,-18} {value}");
        }
        if (TraceId is not null)
        {
            writer.WriteLine($"  {"traceId",-18} {TraceId}");
        }
        if (Ids.TryGetValue("merchantTransId", out var trans))
        {
            writer.WriteLine($"look up: alipay-instore query --merchant-trans-id {trans}; the portal's Transactions page; the traceId in your tracing backend");
        }
    }
}
