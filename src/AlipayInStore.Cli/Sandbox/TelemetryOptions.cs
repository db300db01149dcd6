using System.CommandLine;
using AlipayInStore.Gateway.Telemetry;

namespace AlipayInStore.Cli.Sandbox;

/// <summary><c>sandbox --otlp &lt;endpoint&gt; [--otlp-protocol]</c>: where the sandbox sends its traces and metrics.</summary>
internal static class TelemetryOptions
{
    public static Option<string?> Endpoint()
    {
        var option = new Option<string?>("--otlp")
        {
            Description = "Export traces and metrics over OTLP to this collector, e.g. http://localhost:4317 [$ALIPAY_INSTORE_OTLP] (metrics are always at /metrics)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ALIPAY_INSTORE_OTLP") is { Length: > 0 } env ? env : null,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !IsHttpUrl(text))
            {
                r.AddError($"--otlp must be an absolute http or https URL such as http://localhost:4317, not '{text}'.");
            }
        });
        return option;
    }

    public static Option<string> Protocol()
    {
        var option = new Option<string>("--otlp-protocol") { Description = "grpc (port 4317) or http/protobuf (port 4318)", DefaultValueFactory = _ => OtlpExport.Grpc };
        option.AcceptOnlyFromAmong(OtlpExport.Grpc, OtlpExport.HttpProtobuf);
        return option;
    }

    public static OtlpExport? Export(ParseResult result, Option<string?> endpoint, Option<string> protocol)
    {
        if (result.GetValue(endpoint) is not { } text)
        {
            return null;
        }
        return new OtlpExport(new Uri(text), result.GetValue(protocol)!);
    }

    /// <summary>Where to look, printed under the quick start.</summary>
    public static string Where(string baseUrl, OtlpExport? otlp) =>
        $"Observe: metrics at {baseUrl}/metrics · live exchanges: alipay-instore logs tail · traces: "
        + (otlp is null ? "not exported (start with --otlp <collector>)" : $"exported over OTLP ({otlp.Protocol}) to {otlp.Endpoint}");

    private static bool IsHttpUrl(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
