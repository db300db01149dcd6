namespace AlipayInStore.Gateway.Telemetry;

/// <summary>Where the host sends its traces and metrics over OTLP: <c>grpc</c> (usually port 4317) or <c>http/protobuf</c> (usually 4318).</summary>
internal sealed record OtlpExport(Uri Endpoint, string Protocol = OtlpExport.Grpc)
{
    public const string Grpc = "grpc";
    public const string HttpProtobuf = "http/protobuf";
}
