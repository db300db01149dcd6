using System.Globalization;
using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Protocol.Reconciliation;
using CsvHelper;

namespace AlipayInStore.Benchmarks;

/// <summary>
/// The same file read into the same typed records with CsvHelper (its span API, string pooling on, as the SDK's
/// reader caches repeated column values): the comparison point for <see cref="ReconciliationFileReader"/>.
/// </summary>
internal static class ReconCsvHelperReader
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static long CountRecords(string path)
    {
        var options = new CsvReaderOptions { Separator = '|', Mode = CsvMode.NoEscape, HasHeader = true, PoolStrings = true };
        using var csv = CsvReader.FromFile(path, options, FileOptions.SequentialScan);
        var count = 0L;
        while (csv.Read())
        {
            var record = new TransactionRecord
            {
                PartnerTransactionId = csv.GetString(0),
                TransactionId = csv.GetString(1),
                Amount = Cents(csv.GetSpan(2)),
                Fee = Cents(csv.GetSpan(3)),
                Currency = csv.GetString(4),
                PaymentTime = new DateTimeOffset(csv.ParseExact<DateTime>(5, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Offset),
                Type = TransactionTypes.TryParse(csv.GetSpan(6), out var type) ? type : throw new FormatException("Transaction_type"),
                SecondaryMerchantId = csv.GetString(7),
                StoreId = csv.GetString(8),
                Remark = csv.GetString(9),
                SecondaryMerchantIndustry = csv.GetString(10),
                SecondaryMerchantName = csv.GetString(11),
                OperatorName = csv.GetString(12),
                OrderScene = csv.GetString(13),
                TransCurrency = csv.GetString(14),
                TransAmount = Cents(csv.GetSpan(15)),
                ForexRate = csv.Parse<decimal>(16),
            };
            count += record.Amount > 0 ? 1 : 0;
        }
        return count;
    }

    /// <summary>Two-decimal amount (the generated file is all USD) to minor units, straight from the bytes.</summary>
    private static long Cents(ReadOnlySpan<byte> text)
    {
        var value = 0L;
        foreach (var b in text)
        {
            if (b != (byte)'.')
            {
                value = (value * 10) + (b - (byte)'0');
            }
        }
        return value;
    }
}
