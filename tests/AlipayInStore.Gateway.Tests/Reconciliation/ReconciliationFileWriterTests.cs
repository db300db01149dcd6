using System.Security.Cryptography;
using System.Text;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Protocol.Reconciliation;
using AlipayInStore.Testing;

namespace AlipayInStore.Gateway.Tests.Reconciliation;

public sealed class ReconciliationFileWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recon-writer-").FullName;

    [Fact]
    public async Task Write_VectorRows_GivesTheVectorFileBytes()
    {
        var path = Path.Combine(_dir, ReconciliationFileNames.For(VectorRows.PartnerId, new DateOnly(2026, 11, 26)));

        var result = await new ReconciliationFileWriter().WriteAsync(path, VectorRows.All());

        var golden = await File.ReadAllBytesAsync(RepoPaths.Vector("recon/2088101122136241_transaction_20261126.txt"));
        Assert.Equal("2088101122136241_transaction_20261126.txt", Path.GetFileName(path));
        Assert.Equal(Encoding.UTF8.GetString(golden), await File.ReadAllTextAsync(path));
        Assert.Equal(golden, await File.ReadAllBytesAsync(path));
        Assert.Equal(4, result.RowCount);
        Assert.Equal(golden.Length, result.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(golden)), result.Sha256);
    }

    [Fact]
    public async Task Write_SameRowsInAnotherOrder_GivesIdenticalBytes()
    {
        var first = await new ReconciliationFileWriter().WriteAsync(Path.Combine(_dir, "a.txt"), VectorRows.All());
        var second = await new ReconciliationFileWriter().WriteAsync(Path.Combine(_dir, "b.txt"), VectorRows.All().Reverse());

        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(await File.ReadAllBytesAsync(first.Path), await File.ReadAllBytesAsync(second.Path));
    }

    [Fact]
    public async Task Write_Rewrite_ReplacesTheFileAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_dir, "day.txt");
        await new ReconciliationFileWriter().WriteAsync(path, VectorRows.All());

        var again = await new ReconciliationFileWriter().WriteAsync(path, VectorRows.All().Take(1));

        Assert.Equal(1, again.RowCount);
        Assert.Equal(["day.txt"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Render_ValuesWithSeparatorsAndLineBreaks_ReplacesThemWithSpaces()
    {
        var row = VectorRows.Row("T|1", "A\r\n2", 100, 1, "10:00:00", TransactionType.Payment, "paymentQrCode", "cold|coffee\nno sugar\r") with
        {
            SecondaryMerchantName = "Blue|Door",
        };

        var text = Encoding.UTF8.GetString(new ReconciliationFileWriter().Render([row], out _));

        var line = text.Split('\n')[1];
        Assert.StartsWith("T 1|A  2|1.00|0.01|USD|", line, StringComparison.Ordinal);
        Assert.Contains("|cold coffee no sugar |5812|Blue Door|", line, StringComparison.Ordinal);
        Assert.Equal(17, line.Split('|').Length);
        Assert.Equal(3, text.Split('\n').Length);
    }

    [Fact]
    public async Task Write_EmptyDay_GivesHeaderOnlyFile()
    {
        var result = await new ReconciliationFileWriter().WriteAsync(Path.Combine(_dir, "empty.txt"), []);

        Assert.Equal(ReconciliationFileFormat.Header + "\n", await File.ReadAllTextAsync(result.Path));
        Assert.Equal(0, result.RowCount);
    }

    [Fact]
    public void Render_OtherTimeZone_WritesLocalTimeOfThatZone()
    {
        var newYorkWinter = TimeZoneInfo.CreateCustomTimeZone("GMT-5", TimeSpan.FromHours(-5), "GMT-5", "GMT-5");
        var row = VectorRows.All()[2]; // 09:14:03 GMT+8

        var line = Encoding.UTF8.GetString(new ReconciliationFileWriter(newYorkWinter).Render([row], out _)).Split('\n')[1];

        Assert.Contains("|2026-11-25 20:14:03|", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ZeroExponentCurrencyAndForexRate_FormatsMinorDigits()
    {
        var row = VectorRows.Row("T1", "A1", 1000, 10, "10:00:00", TransactionType.Payment, "paymentQrCode") with
        {
            Currency = "JPY",
            TransCurrency = "USD",
            TransAmount = 700,
            ForexRate = 142.8570m,
        };

        var line = Encoding.UTF8.GetString(new ReconciliationFileWriter().Render([row], out _)).Split('\n')[1];

        Assert.StartsWith("T1|A1|1000|10|JPY|", line, StringComparison.Ordinal);
        Assert.EndsWith("|USD|7.00|142.857", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameTime_SortsByTransactionId()
    {
        var b = VectorRows.Row("P1", "B", 100, 1, "10:00:00", TransactionType.Payment, "paymentQrCode");
        var a = VectorRows.Row("P2", "A", 100, 1, "10:00:00", TransactionType.Payment, "paymentQrCode");

        var lines = Encoding.UTF8.GetString(new ReconciliationFileWriter().Render([b, a], out _)).Split('\n');

        Assert.StartsWith("P2|A|", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("P1|B|", lines[2], StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
