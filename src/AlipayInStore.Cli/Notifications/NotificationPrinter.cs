using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Notifications;

/// <summary>Prints what <c>listen</c> sees: each notification (verified or not, body indented) and the answer it got.</summary>
internal sealed class NotificationPrinter(TextWriter writer)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Lock _lock = new();

    public void Notification(RawEnvelope envelope, RequestHead? head, bool verified)
    {
        var body = JsonNode.Parse(envelope.Body.Span)?.ToJsonString(Indented) ?? "{}";
        lock (_lock)
        {
            writer.WriteLine();
            writer.WriteLine($"{head?.ReqTime}  {head?.Function}  reqMsgId={head?.ReqMsgId}");
            writer.WriteLine(verified ? "signature: verified with the gateway key" : "signature: DOES NOT VERIFY with the gateway key");
            writer.WriteLine(body);
        }
    }

    public void NotAnEnvelope(string error) => Line($"received something that is not a notification envelope: {error}");

    public void Answered(string who, int status, ReadOnlyMemory<byte> answer) => Line($"{who} answered HTTP {status} {Outcome(answer)}");

    public void Line(string text)
    {
        lock (_lock)
        {
            writer.WriteLine(text);
        }
    }

    private static string Outcome(ReadOnlyMemory<byte> answer)
    {
        if (!EnvelopeReader.TryRead(answer, "response", out var envelope, out _)
            || !EnvelopeReader.TryParse(envelope.Body, ProtocolJsonContext.Default.AcknowledgementBody, "body", out var ack, out _))
        {
            return "(not an acknowledgement envelope)";
        }
        var info = ack.ResultInfo;
        var signed = envelope.Signature is null ? "unsigned" : "signed";
        return $"{info?.ResultStatus}/{info?.ResultCode}/{info?.ResultCodeId} ({signed})";
    }
}
