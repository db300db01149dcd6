using System.Text;
using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using AlipayInStore.Testing;

namespace AlipayInStore.Client.Tests;

/// <summary>The SDK refuses what the gateway would refuse before sending it, and its receiver answers any bytes with a signed envelope.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string> BadPays() => new()
    {
        { "body.merchantTransId", "must not hold control characters (U+0000–U+001F, U+007F); found U+0000 at character 2" },
        { "body.identityCode", "must not be blank (only white space)" },
        { "body.order.orderTitle", "must not hold control characters (U+0000–U+001F, U+007F); found U+0007 at character 7" },
        { "body.order.seller.storeName", "must not be blank (only white space)" },
        { "body.order.orderDetail", "must not hold U+0000 (NUL)" },
    };

    [Theory]
    [MemberData(nameof(BadPays))]
    public async Task PayAsync_FieldBreaksGatewayRule_ThrowsNamingFieldAndSendsNothing(string field, string rule)
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, ResultCodes.Success));
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));
        var pay = TestRequests.Pay();
        var order = pay.Order!;
        pay = field switch
        {
            "body.merchantTransId" => pay with { MerchantTransId = "T\0" },
            "body.identityCode" => pay with { IdentityCode = "  " },
            "body.order.orderTitle" => pay with { Order = order with { OrderTitle = "Coffee\a" } },
            "body.order.seller.storeName" => pay with { Order = order with { Seller = new Seller { StoreName = " " } } },
            _ => pay with { Order = order with { OrderDetail = "2 x\0" } },
        };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.PayAsync(pay));

        Assert.Equal(field, ex.ParamName);
        Assert.StartsWith($"{field} {rule}. Nothing was sent to the gateway.", ex.Message, StringComparison.Ordinal);
        Assert.Empty(gateway.Calls);
    }

    [Fact]
    public async Task QueryCancelRefund_ControlCharacterIds_ThrowWithoutHttpCall()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, ResultCodes.Success));
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        var query = await Assert.ThrowsAsync<ArgumentException>(() => client.QueryAsync(new PayQueryRequest { AcquirementId = "2026\n" }));
        var cancel = await Assert.ThrowsAsync<ArgumentException>(() => client.CancelAsync(new PayCancelRequest { MerchantTransId = "T\u007F" }));
        var refund = await Assert.ThrowsAsync<ArgumentException>(() => client.RefundAsync(new RefundRequest
        {
            AcquirementId = "2026", MerchantRefundId = "R\u001B1", RefundAmount = new Amount { Currency = "USD", Value = "1" },
        }));

        Assert.Equal(("body.acquirementId", "body.merchantTransId", "body.merchantRefundId"), (query.ParamName, cancel.ParamName, refund.ParamName));
        Assert.Empty(gateway.Calls);
    }

    [Fact]
    public async Task PayAsync_ClientIdOptionWithControlCharacter_ConfigurationErrorWithoutHttpCall()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, ResultCodes.Success));
        var options = TestKeys.Options(gateway.Url);
        options.ClientId = "5J5X\n";
        var client = new AlipayInStoreClient(new HttpClient(), options);

        var ex = await Assert.ThrowsAsync<AlipayConfigurationException>(() => client.PayAsync(TestRequests.Pay()));

        Assert.Contains("head.clientId must not hold control characters", ex.Message, StringComparison.Ordinal);
        Assert.Empty(gateway.Calls);
    }

    public static TheoryData<string, byte[]> HostileNotifications()
    {
        var valid = TestNotifications.Pay("gw-hostile").Text;
        var cut = valid.IndexOf("\"signature\":\"", StringComparison.Ordinal) + 13;
        return new()
        {
            { "invalid UTF-8 in signature", [.. Encoding.UTF8.GetBytes(valid[..cut]), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(valid[cut..])] },
            { "lone surrogate in signature", Encoding.UTF8.GetBytes(valid[..cut] + "\\uD800" + valid[cut..]) },
            { "truncated", Encoding.UTF8.GetBytes(valid[..(valid.Length / 2)]) },
            { "deep nesting", Encoding.UTF8.GetBytes("{\"request\":" + new string('[', 200) + new string(']', 200) + "}") },
            { "empty", [] },
            { "not JSON", Encoding.UTF8.GetBytes("<xml/>") },
            { "over 64 KiB", Encoding.UTF8.GetBytes("{\"request\":\"" + new string('a', 70_000) + "\"}") },
        };
    }

    [Theory]
    [MemberData(nameof(HostileNotifications))]
    public async Task Receive_HostileBytes_400WithSignedEnvelope(string name, byte[] bytes)
    {
        var calls = 0;
        await using var host = await ReceiverHost.StartAsync((_, _) => { Interlocked.Increment(ref calls); return Task.CompletedTask; });

        var (status, ack) = await TestNotifications.DeliverAsync(host.NotifyUrl, bytes);

        Assert.True(status == 400, $"{name}: HTTP {status}");
        Assert.True(TestKeys.MerchantVerifier.Verify(ack.SignedContent.Span, ack.Signature), name);
        Assert.Equal("PARAM_ILLEGAL", TestNotifications.Body(ack).ResultInfo!.ResultCode);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Receive_MalformedChunkedBody_400WithSignedEnvelope()
    {
        await using var host = await ReceiverHost.StartAsync((_, _) => Task.CompletedTask);
        var uri = new Uri(host.NotifyUrl);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST {uri.AbsolutePath} HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: application/json\r\n" +
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n{\"req\r\nZZ-not-a-size\r\n"));

        using var reader = new StreamReader(stream);
        var answer = await reader.ReadToEndAsync();
        // The answer comes chunked, in one chunk: the envelope is what lies between its first '{' and last '}'.
        var body = answer[answer.IndexOf('{', StringComparison.Ordinal)..(answer.LastIndexOf('}') + 1)];

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Assert.True(Protocol.Envelope.EnvelopeReader.TryRead(Encoding.UTF8.GetBytes(body), "response", out var ack, out var error), error + ": " + answer);
        Assert.True(TestKeys.MerchantVerifier.Verify(ack.SignedContent.Span, ack.Signature));
    }

    [Fact]
    public async Task Receive_SeededMutationsOfSignedNotification_AlwaysSignedAnswerNever5xx()
    {
        await using var host = await ReceiverHost.StartAsync((_, _) => Task.CompletedTask);
        var valid = TestNotifications.Pay("gw-fuzz").Bytes;
        var random = new Random(7);
        var statuses = new Dictionary<int, int>();

        for (var n = 0; n < 450; n++)
        {
            var mutated = EnvelopeMutator.Mutate(valid, EnvelopeMutator.Kinds[n % EnvelopeMutator.Kinds.Length], random);
            var (status, ack) = await TestNotifications.DeliverAsync(host.NotifyUrl, mutated);
            Assert.True(TestKeys.MerchantVerifier.Verify(ack.SignedContent.Span, ack.Signature), $"unsigned answer to mutation {n}");
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }

        Assert.All(statuses.Keys, s => Assert.True(s is 200 or 400 or 401, $"HTTP {s}"));
        Assert.True(statuses.GetValueOrDefault(400) > 100 && statuses.GetValueOrDefault(401) > 20, string.Join(", ", statuses));
    }
}
