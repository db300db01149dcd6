using System.Text;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Wire;
using BenchmarkDotNet.Attributes;

namespace AlipayInStore.Benchmarks;

/// <summary>Envelope handling without the signature's cost: read (cut out, parse head and body) and write.</summary>
[MemoryDiagnoser]
public class EnvelopeBenchmarks
{
    private readonly byte[] _envelope = Encoding.UTF8.GetBytes(SampleRequests.PayEnvelope);
    private readonly RequestHead _head = SampleRequests.Head;
    private readonly PayRequest _body = SampleRequests.Body;

    [Benchmark]
    public PayRequest? Read()
    {
        EnvelopeReader.TryRead(_envelope, "request", out var envelope, out _);
        EnvelopeReader.TryParse(envelope!.Head, ProtocolJsonContext.Default.RequestHead, "head", out _, out _);
        EnvelopeReader.TryParse(envelope.Body, ProtocolJsonContext.Default.PayRequest, "body", out var body, out _);
        return body;
    }

    [Benchmark]
    public byte[] Write() => EnvelopeWriter.Write(
        "request", _head, ProtocolJsonContext.Default.RequestHead, _body, ProtocolJsonContext.Default.PayRequest, signer: null).Bytes;
}
