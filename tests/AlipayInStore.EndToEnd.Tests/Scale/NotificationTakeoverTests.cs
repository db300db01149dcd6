using System.Net.Http.Json;
using System.Text.Json;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;
using AlipayInStore.Tests.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AlipayInStore.EndToEnd.Tests.Scale;

/// <summary>
/// An instance killed with SIGKILL while it is delivering notifications: another instance over the same PostgreSQL
/// takes over its due notifications once their claims expire, and every one is delivered.
/// </summary>
public sealed class NotificationTakeoverTests
{
    [Fact]
    public async Task Deliver_InstanceKilledMidDelivery_OtherInstanceTakesOverItsNotifications()
    {
        var root = Path.Combine(Path.GetTempPath(), "aig-takeover", Guid.NewGuid().ToString("N"));
        var database = await ScaleDatabase.CreateAsync();
        await using var receiver = await Receiver.StartAsync(Path.Combine(root, "a", "keys", "merchant_private_key.pem"));
        var a = await GatewayInstance.StartAsync(Path.Combine(root, "a"), database);
        await a.Control.SetNotifyUrlAsync(receiver.Url);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("S", (await a.PayAsync($"TAKEOVER-{i}", "11")).ResultStatus);
        }
        await receiver.FirstHangingDelivery.WaitAsync(TimeSpan.FromSeconds(60));
        await a.KillAsync(); // A holds its claims and never records an answer

        CopyFolder(Path.Combine(root, "a", "keys"), Path.Combine(root, "b", "keys"));
        await using var b = await GatewayInstance.StartAsync(Path.Combine(root, "b"), database);
        receiver.Acknowledge = true;
        await b.AdvanceClockAsync(180); // past A's claims (timeout + margin) and the first retry

        var statuses = Array.Empty<string>();
        for (var i = 0; i < 120 && !(statuses.Length == 5 && statuses.All(s => s == "Delivered")); i++)
        {
            await Task.Delay(500);
            statuses = [.. (await b.Control.GetNotificationsAsync()).Select(n => n.Status)];
        }
        Assert.Equal(Enumerable.Repeat("Delivered", 5), statuses);
        Assert.True(receiver.Acknowledged >= 5, $"the receiver acknowledged {receiver.Acknowledged} deliveries");
        await a.DisposeAsync();
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    /// <summary>A merchant's notify endpoint on loopback: hangs until told to acknowledge, then answers signed acknowledgements.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly TaskCompletionSource _hanging = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private LoopbackApp? _app;
        private int _acknowledged;

        public string Url => _app!.Url + "/notify";
        public Task FirstHangingDelivery => _hanging.Task;
        public volatile bool Acknowledge;
        public int Acknowledged => _acknowledged;

        public static async Task<Receiver> StartAsync(string merchantKeyFile)
        {
            var receiver = new Receiver();
            receiver._app = await LoopbackApp.StartAsync(null, app => app.MapPost("/notify", async (HttpContext http) =>
            {
                if (!receiver.Acknowledge)
                {
                    receiver._hanging.TrySetResult();
                    await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    return;
                }
                using var reader = new StreamReader(http.Request.Body);
                var raw = System.Text.Encoding.UTF8.GetBytes(await reader.ReadToEndAsync());
                EnvelopeReader.TryRead(raw, "request", out var envelope, out _);
                EnvelopeReader.TryParse(envelope!.Head, ProtocolJsonContext.Default.RequestHead, "head", out var head, out _);
                var signer = new Rsa2Signer(RsaPrivateKey.Load(await File.ReadAllTextAsync(merchantKeyFile)));
                var ack = EnvelopeWriter.Write("response",
                    new ResponseHead { Version = ApiFunctions.Version, Function = head!.Function, ClientId = head.ClientId, RespTime = head.ReqTime, ReqMsgId = head.ReqMsgId },
                    ProtocolJsonContext.Default.ResponseHead,
                    new AcknowledgementBody { ResultInfo = ResultCodes.Success.ToInfo("success") }, ProtocolJsonContext.Default.AcknowledgementBody, signer);
                Interlocked.Increment(ref receiver._acknowledged);
                http.Response.ContentType = "application/json; charset=UTF-8";
                await http.Response.Body.WriteAsync(ack.Bytes);
            }), stopTimeout: TimeSpan.FromSeconds(2));
            return receiver;
        }

        public ValueTask DisposeAsync() => _app?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
