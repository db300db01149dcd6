using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;
using AlipayInStore.Tests.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AlipayInStore.Gateway.Tests.Notifications;

/// <summary>
/// A merchant's notification endpoint on real Kestrel (127.0.0.1, free port), written independently of the SDK: it
/// verifies each delivery with the gateway's public key, records it, and answers as told per delivery number.
/// </summary>
internal sealed class NotifyReceiver : IAsyncDisposable
{
    private static readonly Lazy<Rsa2Signer> Stranger = new(() => new Rsa2Signer(RsaPrivateKey.Generate()));

    private readonly Func<int, ReceiverAnswer> _answer;
    private readonly Rsa2Signer _merchant;
    private readonly Rsa2Verifier _gateway;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<Delivery> _deliveries = new();
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private int _count;
    private int _maxInFlightPerNotification;

    private LoopbackApp? _app;

    private NotifyReceiver(Func<int, ReceiverAnswer> answer, GatewayFixture gateway)
    {
        _answer = answer;
        _merchant = new Rsa2Signer(RsaPrivateKey.Load(File.ReadAllText(gateway.Seed.MerchantPrivateKeyPath)));
        _gateway = new Rsa2Verifier(RsaPublicKey.Load(File.ReadAllText(Path.Combine(gateway.DataDirectory, "keys", "gateway_public_key.pem"))));
        _clock = gateway.Clock;
    }

    public string Url => _app!.Uri + "notify";

    /// <summary>How long <see cref="ReceiverAnswer.Slow"/> waits (real time).</summary>
    public TimeSpan SlowFor { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Signs acknowledgements instead of the seeded merchant's RSA2 key (e.g. another merchant's SHA256 key).</summary>
    public IMessageSigner? AckSigner { get; init; }

    /// <summary>Real time each delivery is held before answering (to widen races in concurrency tests).</summary>
    public TimeSpan Hold { get; init; }

    public IReadOnlyList<Delivery> Deliveries => _deliveries.ToArray();
    public int Count => Volatile.Read(ref _count);
    public int MaxInFlightPerNotification => Volatile.Read(ref _maxInFlightPerNotification);

    public static async Task<NotifyReceiver> StartAsync(GatewayFixture gateway, Func<int, ReceiverAnswer> answer, TimeSpan? slowFor = null, TimeSpan? hold = null,
        IMessageSigner? ackSigner = null)
    {
        var receiver = new NotifyReceiver(answer, gateway) { SlowFor = slowFor ?? TimeSpan.FromSeconds(3), Hold = hold ?? TimeSpan.Zero, AckSigner = ackSigner };
        receiver._app = await LoopbackApp.StartAsync(null, app => app.MapPost("/notify", receiver.HandleAsync));
        return receiver;
    }

    /// <summary>Waits (real time) until at least <paramref name="count"/> deliveries arrived and were answered.</summary>
    public async Task WaitForAsync(int count, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.True(Count >= count, $"expected {count} deliveries, got {Count}");
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        Assert.True(EnvelopeReader.TryRead(bytes, "request", out var envelope, out var error), error);
        Assert.True(EnvelopeReader.TryParse(envelope.Head, ProtocolJsonContext.Default.RequestHead, "head", out var head, out error), error);
        using var body = JsonDocument.Parse(envelope.Body);
        var number = 0;
        var key = body.RootElement.TryGetProperty("acquirementId", out var id) ? id.GetString()! : "?";
        var now = _inFlight.AddOrUpdate(key, 1, (_, n) => n + 1);
        InterlockedMax(ref _maxInFlightPerNotification, now);
        try
        {
            var delivery = new Delivery(0, head, body.RootElement.Clone(), _gateway.Verify(envelope.SignedContent.Span, envelope.Signature), _clock.GetUtcNow(), Encoding.UTF8.GetString(bytes));
            lock (_deliveries)
            {
                number = _deliveries.Count + 1;
                _deliveries.Enqueue(delivery with { Number = number });
            }
            if (Hold > TimeSpan.Zero)
            {
                await Task.Delay(Hold);
            }
            await AnswerAsync(http, _answer(number), head);
        }
        finally
        {
            _inFlight.AddOrUpdate(key, 0, (_, n) => n - 1);
            Interlocked.Increment(ref _count);
        }
    }

    private async Task AnswerAsync(HttpContext http, ReceiverAnswer answer, RequestHead request)
    {
        if (answer == ReceiverAnswer.Slow)
        {
            await Task.Delay(SlowFor);
        }
        var info = answer == ReceiverAnswer.WrongAcknowledgement ? ResultCodes.SystemError.ToInfo() : ResultCodes.Success.ToInfo();
        IMessageSigner? signer = answer switch
        {
            ReceiverAnswer.Unsigned => null,
            ReceiverAnswer.BadSignature => Stranger.Value,
            _ => AckSigner ?? _merchant,
        };
        var head = new ResponseHead { Version = "2.0.2", Function = request.Function, ClientId = request.ClientId, RespTime = request.ReqTime, ReqMsgId = request.ReqMsgId };
        var envelope = EnvelopeWriter.Write("response", head, ProtocolJsonContext.Default.ResponseHead,
            new AcknowledgementBody { ResultInfo = info }, ProtocolJsonContext.Default.AcknowledgementBody, signer);
        http.Response.StatusCode = answer == ReceiverAnswer.ServerError ? 500 : 200;
        http.Response.ContentType = "application/json; charset=UTF-8";
        await http.Response.Body.WriteAsync(envelope.Bytes);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    public ValueTask DisposeAsync() => _app?.DisposeAsync() ?? ValueTask.CompletedTask;
}
