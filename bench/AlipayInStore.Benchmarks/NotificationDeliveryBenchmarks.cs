using System.Text.Json;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Sandbox;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;
using AlipayInStore.Tests.Web;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Benchmarks;

/// <summary>
/// Notification delivery end to end: a real gateway (SQLite, durable commits) claims, signs (RSA2), POSTs to a
/// receiver on loopback that acknowledges at once (a signed acknowledgement), checks the answer and records the
/// attempt. One operation = one notification delivered; notifications per second = 1 s / Mean.
/// Bounded run (in process, 5 iterations of 500): <c>dotnet run -c Release --project bench/AlipayInStore.Benchmarks --
/// --filter *NotificationDelivery* --inProcess --strategy Monitoring --launchCount 1 --warmupCount 1 --iterationCount 5
/// --invocationCount 1 --unrollFactor 1</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class NotificationDeliveryBenchmarks
{
    private const int PerIteration = 500;

    private string _data = null!;
    private WebApplication _gateway = null!;
    private LoopbackApp _receiver = null!;
    private NotificationDispatcher _dispatcher = null!;
    private SandboxSeed _seed = null!;
    private string _url = null!;
    private int _batch;

    [GlobalSetup]
    public void Setup()
    {
        _data = Directory.CreateTempSubdirectory("aig-bench").FullName;
        // A poll interval of an hour: only the benchmark drives the dispatcher.
        _gateway = GatewayHost.Build(new GatewayHostSettings
        {
            DataDirectory = _data,
            Urls = "http://127.0.0.1:0",
            Overrides = new Dictionary<string, string?> { ["Gateway:Notifications:PollInterval"] = "01:00:00" },
        });
        _seed = GatewayHost.StartAsync(_gateway, _data).GetAwaiter().GetResult();
        _dispatcher = _gateway.Services.GetRequiredService<NotificationDispatcher>();

        var merchant = new Rsa2Signer(RsaPrivateKey.Load(File.ReadAllText(_seed.MerchantPrivateKeyPath)));
        var ack = EnvelopeWriter.Write("response",
            new ResponseHead { Version = ApiFunctions.Version, Function = ApiFunctions.NotifyPay, ClientId = _seed.Merchant.ClientId, RespTime = "2026-11-27T10:15:01+08:00" },
            ProtocolJsonContext.Default.ResponseHead, new AcknowledgementBody { ResultInfo = ResultCodes.Success.ToInfo() },
            ProtocolJsonContext.Default.AcknowledgementBody, merchant).Bytes;
        _receiver = LoopbackApp.StartAsync(null, app => app.MapPost("/notify", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null);
            http.Response.ContentType = "application/json; charset=UTF-8";
            await http.Response.Body.WriteAsync(ack);
        })).GetAwaiter().GetResult();
        _url = _receiver.Uri + "notify";
    }

    [IterationSetup]
    public void Queue()
    {
        using var scope = _gateway.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        var now = _gateway.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        _batch++;
        for (var i = 0; i < PerIteration; i++)
        {
            var body = new PayNotification
            {
                ResultInfo = ResultCodes.Success.ToInfo(), PartnerId = _seed.Merchant.PartnerId, AcquirementId = $"B{_batch}-{i}",
                MerchantTransId = $"M{_batch}-{i}", OrderAmount = new Amount { Currency = "USD", Value = "1250" },
            };
            db.Notifications.Add(new Notification(_seed.Merchant.Id, ApiFunctions.NotifyPay,
                JsonSerializer.Serialize(body, ProtocolJsonContext.Default.PayNotification), _url, $"B{_batch}-{i}", now));
        }
        db.SaveChanges();
    }

    /// <summary>Delivers every queued notification (claim, sign, POST, check, record).</summary>
    [Benchmark(OperationsPerInvoke = PerIteration)]
    public async Task DeliverAcknowledgedAtOnce()
    {
        var delivered = await _dispatcher.DispatchDueAsync(CancellationToken.None);
        if (delivered != PerIteration)
        {
            throw new InvalidOperationException($"delivered {delivered} of {PerIteration}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _receiver.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _gateway.StopAsync().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
