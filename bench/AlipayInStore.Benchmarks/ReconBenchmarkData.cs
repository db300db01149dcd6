using System.Globalization;
using System.Text;
using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Benchmarks;

/// <summary>
/// A large, realistic partner-day file and the matching merchant ledger, generated once into the temp folder and
/// reused: <c>alipay-recon-bench/&lt;rows&gt;.txt</c> and <c>&lt;rows&gt;.csv</c> (also usable with <c>recon check</c>).
/// </summary>
internal static class ReconBenchmarkData
{
    public static string Folder => Path.Combine(Path.GetTempPath(), "alipay-recon-bench");

    public static string FilePath(int rows) => Path.Combine(Folder, rows.ToString(CultureInfo.InvariantCulture) + ".txt");

    public static string LedgerPath(int rows) => Path.Combine(Folder, rows.ToString(CultureInfo.InvariantCulture) + ".csv");

    /// <summary>Writes both files unless they exist; returns the ledger records in memory.</summary>
    public static List<MerchantRecord> Ensure(int rows)
    {
        Directory.CreateDirectory(Folder);
        var ledger = new List<MerchantRecord>(rows);
        var write = !File.Exists(FilePath(rows)) || !File.Exists(LedgerPath(rows));
        using var file = write ? new StreamWriter(FilePath(rows) + ".tmp", false, new UTF8Encoding(false), 1 << 20) : null;
        using var csv = write ? new StreamWriter(LedgerPath(rows) + ".tmp", false, new UTF8Encoding(false), 1 << 20) : null;
        file?.Write(ReconciliationFileFormat.Header + "\n");
        csv?.Write(MerchantLedgerReader.Header + "\n");
        var random = new Random(20261126);
        var start = new DateTime(2026, 11, 26, 0, 0, 0);
        for (var i = 0; i < rows; i++)
        {
            var kind = random.Next(100);
            var type = kind < 90 ? TransactionType.Payment : kind < 97 ? TransactionType.Refund : TransactionType.Cancel;
            var id = (type == TransactionType.Refund ? "R" : "T") + i.ToString("D10", CultureInfo.InvariantCulture);
            var amount = (long)random.Next(100, 50_000);
            var record = new MerchantRecord(id, type, "USD", amount);
            ledger.Add(record);
            if (file is null)
            {
                continue;
            }
            var text = Money.FormatDecimal(amount, 2);
            var fee = Money.FormatDecimal(amount / 100, 2);
            var time = start.AddSeconds(i * 86_400L / rows).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var store = (i % 40).ToString("D4", CultureInfo.InvariantCulture);
            file.Write($"{id}|2026112611121280010016{i:D10}|{text}|{fee}|USD|{time}|{TransactionTypes.ToWire(type)}|2088101122136241|" +
                       $"S{store}||5812|Blue Door Cafe|Blue Door Cafe {store}|{(i % 3 == 0 ? "transactionQrCode" : "barCode")}|USD|{text}|1\n");
            csv!.Write($"{id},{TransactionTypes.ToWire(type)},USD,{text}\n");
        }
        if (file is not null)
        {
            file.Dispose();
            csv!.Dispose();
            File.Move(FilePath(rows) + ".tmp", FilePath(rows), overwrite: true);
            File.Move(LedgerPath(rows) + ".tmp", LedgerPath(rows), overwrite: true);
        }
        return ledger;
    }
}
