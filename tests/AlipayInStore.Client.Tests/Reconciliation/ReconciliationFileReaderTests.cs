using System.Text;
using System.Text.Json;
using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Reconciliation;
using AlipayInStore.Testing;

namespace AlipayInStore.Client.Tests.Reconciliation;

public sealed class ReconciliationFileReaderTests
{
    private const string PlainVector = "recon/2088101122136241_transaction_20261126.txt";
    private const string VariantVector = "recon/variant-crlf-preamble-trailing-pipe.txt";

    [Fact]
    public async Task Read_BothVectorFiles_GiveTheSameRecords()
    {
        var plain = await ReadAll(RepoPaths.Vector(PlainVector));
        var variant = await ReadAll(RepoPaths.Vector(VariantVector));

        Assert.Equal(4, plain.Count);
        Assert.Equal(plain, variant);
    }

    [Theory]
    [InlineData(PlainVector)]
    [InlineData(VariantVector)]
    public async Task Read_VectorFile_MatchesExpectedTotalsByType(string vector)
    {
        var records = await ReadAll(RepoPaths.Vector(vector));
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(RepoPaths.Vector("recon/expected.json")));

        Assert.Equal(expected.RootElement.GetProperty("rows").GetInt32(), records.Count);
        foreach (var byType in expected.RootElement.GetProperty("byType").EnumerateObject())
        {
            Assert.True(TransactionTypes.TryParse(byType.Name, out var type));
            var rows = records.Where(r => r.Type == type).ToList();
            Assert.Equal(byType.Value.GetProperty("count").GetInt32(), rows.Count);
            Assert.Equal(byType.Value.GetProperty("amount").GetString(), Money.FormatDecimal(rows.Sum(r => r.Amount), 2));
            Assert.Equal(byType.Value.GetProperty("fee").GetString(), Money.FormatDecimal(rows.Sum(r => r.Fee), 2));
        }
    }

    [Fact]
    public async Task Read_PlainVector_TypesEveryColumn()
    {
        var refund = (await ReadAll(RepoPaths.Vector(PlainVector)))[2];

        Assert.Equal("R20261126-0001", refund.PartnerTransactionId);
        Assert.Equal("20261126111212800100166000000003", refund.TransactionId);
        Assert.Equal(200, refund.Amount);
        Assert.Equal(2, refund.Fee);
        Assert.Equal("USD", refund.Currency);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 15, 30, 0, TimeSpan.FromHours(8)), refund.PaymentTime);
        Assert.Equal(TimeSpan.FromHours(8), refund.PaymentTime.Offset);
        Assert.Equal(TransactionType.Refund, refund.Type);
        Assert.Equal("2088101122136241", refund.SecondaryMerchantId);
        Assert.Equal("2088101122136241", refund.StoreId);
        Assert.Equal("cold coffee", refund.Remark);
        Assert.Equal("5812", refund.SecondaryMerchantIndustry);
        Assert.Equal("Blue Door Cafe", refund.SecondaryMerchantName);
        Assert.Equal("Blue Door Cafe Main St", refund.OperatorName);
        Assert.Equal("paymentQrCode", refund.OrderScene);
        Assert.Equal("USD", refund.TransCurrency);
        Assert.Equal(200, refund.TransAmount);
        Assert.Equal(1m, refund.ForexRate);
    }

    [Fact]
    public async Task Read_VariantVector_ExposesThePreamble()
    {
        await using var reader = ReconciliationFileReader.Open(RepoPaths.Vector(VariantVector));
        await foreach (var _ in reader.ReadAllAsync())
        {
        }

        Assert.Equal(new ReconciliationPreamble("2088101122136241", new DateOnly(2026, 11, 26), 4), reader.Preamble);
        Assert.Equal(4, reader.RowCount);
    }

    [Fact]
    public async Task Read_OtherTimeZone_UsesItsOffset()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("GMT-5", TimeSpan.FromHours(-5), "GMT-5", "GMT-5");
        var text = Header + "\nA|B|1000|10|JPY|2026-01-02 03:04:05|PAYMENT||||||||USD|7.00|142.857\n";

        var record = Assert.Single(await ReadText(text, new ReconciliationReaderOptions { TimeZone = zone }));

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)), record.PaymentTime);
        Assert.Equal(1000, record.Amount);
        Assert.Equal(700, record.TransAmount);
        Assert.Equal(142.857m, record.ForexRate);
    }

    [Fact]
    public async Task Read_ManyRowsAcrossSmallBuffers_ReadsEveryRow()
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < 10_000; i++)
        {
            text.Append($"T{i}|A{i}|{i}.05|0.01|USD|2026-11-26 09:14:03|PAYMENT|s|t|remark {i}|5812|n|o|paymentQrCode|USD|{i}.05|1\r\n");
        }

        var records = await ReadText(text.ToString(), new ReconciliationReaderOptions { BufferSize = 1024 });

        Assert.Equal(10_000, records.Count);
        Assert.Equal("remark 9999", records[^1].Remark);
        Assert.Equal(999905, records[^1].Amount);
    }

    internal const string Header = ReconciliationFileFormat.Header;

    internal static async Task<List<TransactionRecord>> ReadAll(string path)
    {
        var list = new List<TransactionRecord>();
        await foreach (var record in ReconciliationFileReader.ReadFileAsync(path))
        {
            list.Add(record);
        }
        return list;
    }

    internal static async Task<List<TransactionRecord>> ReadText(string text, ReconciliationReaderOptions? options = null)
    {
        var list = new List<TransactionRecord>();
        await using var reader = new ReconciliationFileReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);
        await foreach (var record in reader.ReadAllAsync())
        {
            list.Add(record);
        }
        return list;
    }
}
