using AlipayInStore.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AlipayInStore.Gateway.Telemetry;

/// <summary>
/// The host's opt-in to export: metrics always (scraped at <c>/metrics</c> in Prometheus text format), and traces and
/// metrics over OTLP when an endpoint is given. The gateway's own code only uses the base library's ActivitySource and Meter.
/// </summary>
internal static class TelemetrySetup
{
    public static WebApplicationBuilder AddGatewayTelemetry(this WebApplicationBuilder builder, GatewayHostSettings settings)
    {
        builder.Services.AddSingleton<ExchangeFeed>();
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("alipay-instore-gateway"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GatewayTelemetry.MeterName).AddPrometheusExporter();
                if (settings.Otlp is { } otlp)
                {
                    metrics.AddOtlpExporter(o => Configure(o, otlp, "v1/metrics"));
                }
            });
        if (settings.Otlp is { } export)
        {
            otel.WithTracing(tracing => tracing
                .AddSource(GatewayTelemetry.SourceName)
                .AddOtlpExporter(o => Configure(o, export, "v1/traces")));
        }
        return builder;
    }

    /// <summary>
    /// Maps <c>/metrics</c> (Prometheus text format, unauthenticated like any scrape target; it holds counts, never ids).
    /// The live exchange stream is a control API call (<see cref="LogStreamEndpoints.MapTelemetryControl"/>).
    /// </summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static void Configure(OtlpExporterOptions options, OtlpExport export, string signalPath)
    {
        if (export.Protocol == OtlpExport.HttpProtobuf)
        {
            options.Protocol = OtlpExportProtocol.HttpProtobuf;
            // With http/protobuf the exporter posts to the URL as given: add the signal's path to a bare collector address.
            options.Endpoint = export.Endpoint.AbsolutePath.Length > 1 ? export.Endpoint : new Uri(export.Endpoint, signalPath);
        }
        else
        {
            options.Protocol = OtlpExportProtocol.Grpc;
            options.Endpoint = export.Endpoint;
        }
    }
}
