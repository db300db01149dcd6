using System.Diagnostics;
using System.Text.Json;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;
using AlipayInStore.Testing;
using Xunit.Abstractions;

namespace AlipayInStore.Protocol.Tests;

/// <summary>
/// 100,800 seeded mutations of valid signed envelopes (requests and responses, RSA2 and SHA256) through the reader and
/// every parser behind it: nothing throws, every refusal has a reason, and no change to the signed text verifies.
/// </summary>
public sealed class EnvelopeFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261201;
    private const int Rounds = 1_400;

    private sealed record Sample(string Name, byte[] Bytes, string Member, IMessageVerifier Verifier, byte[] Content);

    [Fact]
    public void TryRead_SeededMutationsOfSignedEnvelopes_NeverThrowsAndNoChangedContentVerifies()
    {
        var samples = Samples();
        var failures = new List<string>();
        var counts = EnvelopeMutator.Kinds.ToDictionary(k => k, _ => new int[3]);
        var clock = Stopwatch.StartNew();
        // One seeded generator per envelope, so the run is the same whatever the scheduling.
        Parallel.For(0, samples.Count, i =>
        {
            var sample = samples[i];
            var random = new Random(Seed + i);
            var local = new List<string>();
            var tally = EnvelopeMutator.Kinds.ToDictionary(k => k, _ => new int[3]);
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var kind in EnvelopeMutator.Kinds)
                {
                    tally[kind][(int)Judge(sample, EnvelopeMutator.Mutate(sample.Bytes, kind, random), local, kind)]++;
                }
            }
            lock (counts)
            {
                failures.AddRange(local);
                foreach (var (kind, t) in tally)
                {
                    for (var j = 0; j < 3; j++)
                    {
                        counts[kind][j] += t[j];
                    }
                }
            }
        });
        var total = counts.Values.Sum(c => c.Sum());
        clock.Stop();
        foreach (var (kind, c) in counts)
        {
            output.WriteLine($"{kind,-15} refused {c[0],6}  read, signed text unchanged {c[1],6}  read, signed text changed, signature refused {c[2],6}");
        }
        output.WriteLine($"{total} mutations of {samples.Count} envelopes in {clock.Elapsed.TotalSeconds:0.0} s; {failures.Count} failures");

        Assert.True(total >= 100_000, $"only {total} mutations");
        Assert.Empty(failures.Take(20));
        Assert.All(counts, c => Assert.True(c.Value[0] > 0, $"{c.Key} never produced a refused envelope"));
        Assert.True(counts.Values.Sum(c => c[2]) > 10_000, "too few readable envelopes with changed signed text were tried");
    }

    private enum Outcome { Refused, Unchanged, ChangedAndRefused }

    private static Outcome Judge(Sample sample, byte[] mutated, List<string> failures, string kind)
    {
        try
        {
            if (!EnvelopeReader.TryRead(mutated, sample.Member, out var envelope, out var error))
            {
                if (string.IsNullOrWhiteSpace(error))
                {
                    failures.Add($"{sample.Name}/{kind}: refused without a reason");
                }
                return Outcome.Refused;
            }
            ParseEverything(envelope);
            if (envelope.SignedContent.Span.SequenceEqual(sample.Content))
            {
                return Outcome.Unchanged;
            }
            if (sample.Verifier.Verify(envelope.SignedContent.Span, envelope.Signature))
            {
                failures.Add($"{sample.Name}/{kind}: changed signed text verified: {Convert.ToBase64String(mutated)}");
            }
            return Outcome.ChangedAndRefused;
        }
        catch (Exception ex)
        {
            failures.Add($"{sample.Name}/{kind}: {ex.GetType().Name}: {ex.Message} on {Convert.ToBase64String(mutated)}");
            return Outcome.Refused;
        }
    }

    // Whatever the reader lets through goes on to every parser and rule behind it, which must not throw either.
    private static void ParseEverything(RawEnvelope envelope)
    {
        var c = ProtocolJsonContext.Default;
        if (envelope.Member == "request")
        {
            if (EnvelopeReader.TryParse(envelope.Head, c.RequestHead, "head", out var head, out _))
            {
                RequestValidator.ValidateHead(head);
            }
            if (EnvelopeReader.TryParse(envelope.Body, c.PayRequest, "body", out var pay, out _))
            {
                RequestValidator.Validate(pay);
            }
            if (EnvelopeReader.TryParse(envelope.Body, c.RefundRequest, "body", out var refund, out _))
            {
                RequestValidator.Validate(refund);
            }
            EnvelopeReader.TryParse(envelope.Body, c.PayNotification, "body", out _, out _);
            return;
        }
        EnvelopeReader.TryParse(envelope.Head, c.ResponseHead, "head", out _, out _);
        if (EnvelopeReader.TryParse(envelope.Body, c.ResultBody, "body", out var result, out _) && result.ResultInfo is { } info)
        {
            ResultCodes.Find(info.ResultCode);
        }
        _ = envelope.SignedText;
    }

    private static List<Sample> Samples()
    {
        var samples = new List<Sample>();
        using var cases = JsonDocument.Parse(File.ReadAllText(RepoPaths.Vector("cases.json")));
        foreach (var c in cases.RootElement.EnumerateArray().Where(c => c.GetProperty("valid").GetBoolean()))
        {
            var file = c.GetProperty("file").GetString()!;
            var verifier = VectorTests.VerifierFor(c.GetProperty("signType").GetString()!, c.GetProperty("verifyWith").GetString()!);
            samples.Add(Checked(file, File.ReadAllBytes(RepoPaths.Vector(file)), c.GetProperty("member").GetString()!, verifier));
        }
        var gateway = RsaPrivateKey.Load(File.ReadAllText(RepoPaths.Vector("gateway_private_key_pkcs1.pem")));
        var refusal = EnvelopeWriter.Write("response",
            new ResponseHead { Version = "2.0.2", Function = ApiFunctions.Refund, ClientId = "5J5XHX2YKW9VW8A8", RespTime = "2026-11-27T10:15:01+08:00", ReqMsgId = "m-1" },
            ProtocolJsonContext.Default.ResponseHead, new ResultBody { ResultInfo = ResultCodes.ParamIllegal.ToInfo("body.merchantRefundId is required") },
            ProtocolJsonContext.Default.ResultBody, new Rsa2Signer(gateway), SignatureEncoding.DoubleBase64);
        samples.Add(Checked("written-response-double-base64", refusal.Bytes, "response", new Rsa2Verifier(gateway.PublicKey)));
        return samples;
    }

    private static Sample Checked(string name, byte[] bytes, string member, IMessageVerifier verifier)
    {
        Assert.True(EnvelopeReader.TryRead(bytes, member, out var envelope, out var error), error);
        Assert.True(verifier.Verify(envelope.SignedContent.Span, envelope.Signature), $"{name} must verify before it is mutated");
        return new Sample(name, bytes, member, verifier, envelope.SignedContent.ToArray());
    }
}
