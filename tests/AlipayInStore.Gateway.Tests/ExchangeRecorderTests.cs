using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.OpenApi;
using AlipayInStore.Gateway.OpenApi.Functions;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlipayInStore.Gateway.Tests;

/// <summary>One exchange the database refuses must not cost the others of its batch their record (on PostgreSQL, U+0000 is refused).</summary>
public sealed class ExchangeRecorderTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private readonly GatewayFixture _gateway = shared.Gateway;

    [Fact]
    public async Task Store_BatchWithUnstorableRows_EveryRowKeptBadOnesMarkedRepaired()
    {
        var prefix = "/api/recorder-test/" + Guid.NewGuid().ToString("N");
        var good1 = Exchange(prefix + "/good-1", "G-1", "{\"ok\":1}");
        var nul = Exchange(prefix + "/nul", "T\0NUL", "{\"request\":\"raw \0 byte\"}");
        var good2 = Exchange(prefix + "/good-2", "G-2", "{\"ok\":2}");
        var surrogate = Exchange(prefix + "/surrogate", "T\uD800", "{}");
        var huge = Exchange(prefix + "/huge", new string('x', 60_000), new string('y', 80_000));
        var good3 = Exchange(prefix + "/good-3", "G-3", "{\"ok\":3}");
        var recorder = new ExchangeRecorder(_gateway.App.Services.GetRequiredService<IDbContextFactory<GatewayDbContext>>(), NullLogger<ExchangeRecorder>.Instance);
        foreach (var exchange in new[] { good1, nul, good2, surrogate, huge, good3 })
        {
            recorder.Record(exchange);
        }

        // Queued before the recorder starts, so all six are one batch.
        await recorder.StartAsync(CancellationToken.None);
        await recorder.WaitUntilStoredAsync(TimeSpan.FromSeconds(30), TimeProvider.System, CancellationToken.None);
        await recorder.StopAsync(CancellationToken.None);

        var stored = await _gateway.WithDbAsync(db => db.Exchanges.AsNoTracking().Where(e => e.Path.StartsWith(prefix)).ToDictionaryAsync(e => e.Path[prefix.Length..]));
        Assert.Equal(0, recorder.Dropped);
        Assert.Equal(["/good-1", "/good-2", "/good-3", "/huge", "/nul", "/surrogate"], stored.Keys.Order(StringComparer.Ordinal));
        foreach (var good in new[] { "/good-1", "/good-2", "/good-3" })
        {
            Assert.False(stored[good].Repaired);
            Assert.Equal("G-" + good[^1], stored[good].MerchantTransId);
        }
        if (TestDatabase.IsPostgres)
        {
            Assert.True(stored["/nul"].Repaired);
            Assert.Equal("T\\u0000NUL", stored["/nul"].MerchantTransId);
            Assert.Equal("{\"request\":\"raw \\u0000 byte\"}", stored["/nul"].RequestText);
            Assert.True(stored["/huge"].Repaired);
            Assert.EndsWith("…[cut]", stored["/huge"].RequestText, StringComparison.Ordinal);
        }
        Assert.All(stored.Values.Where(e => e.Repaired), e => Assert.DoesNotContain('\0', e.RequestText + e.MerchantTransId));
    }

    [Theory]
    [InlineData("plain", 10, "plain")]
    [InlineData("a\0b", 10, "a\\u0000b")]
    [InlineData("😀 kept", 10, "😀 kept")]
    [InlineData("abcdefghijklmnop", 10, "abcd…[cut]")]
    public void StorableText_Of_EscapesNulAndLoneSurrogatesCutsLongText(string text, int max, string expected) =>
        Assert.Equal(expected, StorableText.Of(text, max));

    [Fact]
    public void StorableText_Of_LoneSurrogatesWrittenAsEscapes()
    {
        // Built in code: theory data would lose the lone surrogates on its way through the test runner.
        Assert.Equal("x\\uD800y", StorableText.Of("x" + (char)0xD800 + "y", 10));
        Assert.Equal("\\uDC00", StorableText.Of(((char)0xDC00).ToString(), 10));
    }

    private static Exchange Exchange(string path, string merchantTransId, string requestText)
    {
        var call = new ApiCall(DateTimeOffset.UtcNow, path, null);
        call.Identify(null, new RequestIds(merchantTransId));
        return OpenApi.Exchange.Of(call, requestText, "{}", Protocol.Results.ResultCodes.ParamIllegal.ToInfo(), 0);
    }
}
