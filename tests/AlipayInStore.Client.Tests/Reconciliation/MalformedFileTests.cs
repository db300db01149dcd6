using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Client.Tests.Reconciliation;

public sealed class MalformedFileTests
{
    private const string Good = "T1|A1|12.50|0.12|USD|2026-11-26 09:14:03|PAYMENT|s|t||5812|n|o|paymentQrCode|USD|12.50|1";

    [Theory]
    [InlineData("T2|A2|12.5|0.12|USD|2026-11-26 09:14:03|PAYMENT|s|t||5812|n|o|paymentQrCode|USD|12.50|1", "Transaction_amount '12.5'")]
    [InlineData("T2|A2|12.50|0.12|USD|2026-11-26 09:14:03|PAYMENT|s|t||5812|n|o|paymentQrCode|USD|12.50", "expected 17 fields")]
    [InlineData("T2|A2|12.50|0.12|USD|2026-11-26 09:14:03|PAYMENT|s|t||5812|n|o|paymentQrCode|USD|12.50|1|x", "found 18")]
    [InlineData("T2|A2", "found 2")]
    [InlineData("T2|A2|12.50|0.12|XXX|2026-11-26 09:14:03|PAYMENT|s|t||5812|n|o|paymentQrCode|USD|12.50|1", "Currency 'XXX'")]
    [InlineData("T2|A2|12.50|0.12|USD|2026-02-30 09:14:03|PAYMENT|s|t||5812|n|o|paymentQrCode|USD|12.50|1", "Payment_time '2026-02-30 09:14:03'")]
    [InlineData("T2|A2|12.50|0.12|USD|2026-11-26 09:14:03|PAY|s|t||5812|n|o|paymentQrCode|USD|12.50|1", "Transaction_type 'PAY'")]
    [InlineData("|A2|12.50|0.12|USD|2026-11-26 09:14:03|PAYMENT|s|t||5812|n|o|paymentQrCode|USD|12.50|1", "Partner_transaction_id is empty")]
    [InlineData("T2|A2|-12.50|0.12|USD|2026-11-26 09:14:03|PAYMENT|s|t||5812|n|o|paymentQrCode|USD|12.50|1", "Transaction_amount '-12.50'")]
    [InlineData("T2|A2|12.50|0.12|USD|2026-11-26 09:14:03|PAYMENT|s|t||5812|n|o|paymentQrCode|USD|12.50|x", "Trans_forex_rate 'x'")]
    public async Task Read_MalformedRow_ReportsLineNumberAndReason(string badRow, string reason)
    {
        var text = $"{ReconciliationFileFormat.Header}\n{Good}\n{badRow}\n{Good}\n";

        var error = await Assert.ThrowsAsync<ReconciliationFormatException>(() => ReconciliationFileReaderTests.ReadText(text));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("Line 3: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_WrongHeader_ReportsLineOne()
    {
        var text = ReconciliationFileFormat.Header.Replace("Remark", "Memo", StringComparison.Ordinal) + "\n" + Good + "\n";

        var error = await Assert.ThrowsAsync<ReconciliationFormatException>(() => ReconciliationFileReaderTests.ReadText(text));

        Assert.Equal(1, error.LineNumber);
        Assert.Contains("column header", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_TotalCountDisagrees_ReportsTheCount()
    {
        var text = $"Partner:2088|Payment_time:2026-11-26|Total_count:2\r\n{ReconciliationFileFormat.Header}\r\n{Good}\r\n";

        var error = await Assert.ThrowsAsync<ReconciliationFormatException>(() => ReconciliationFileReaderTests.ReadText(text));

        Assert.Equal(1, error.LineNumber);
        Assert.Equal("Total_count says 2 rows but the file holds 1", error.Reason);
    }

    [Fact]
    public async Task Read_BadPreambleDate_ReportsLineOne()
    {
        var text = $"Partner:2088|Payment_time:26/11/2026|Total_count:1\n{ReconciliationFileFormat.Header}\n{Good}\n";

        var error = await Assert.ThrowsAsync<ReconciliationFormatException>(() => ReconciliationFileReaderTests.ReadText(text));

        Assert.Equal(1, error.LineNumber);
        Assert.Contains("Payment_time '26/11/2026'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_EmptyFile_SaysTheHeaderIsMissing()
    {
        var error = await Assert.ThrowsAsync<ReconciliationFormatException>(() => ReconciliationFileReaderTests.ReadText(""));

        Assert.Contains("no column header", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_InvalidUtf8_ReportsTheLine()
    {
        var bytes = new List<byte>(System.Text.Encoding.UTF8.GetBytes(ReconciliationFileFormat.Header + "\n" + Good.Replace("|n|", "|\u00e9|", StringComparison.Ordinal) + "\n"));
        bytes[bytes.IndexOf(0xC3)] = 0xFF;
        await using var reader = new ReconciliationFileReader(new MemoryStream([.. bytes]));

        var error = await Assert.ThrowsAsync<ReconciliationFormatException>(async () =>
        {
            await foreach (var _ in reader.ReadAllAsync())
            {
            }
        });

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("UTF-8", error.Reason, StringComparison.Ordinal);
    }
}
