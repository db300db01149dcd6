using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// Writes the rows of one partner-day as the exact bytes of PROTOCOL.md §8 (the format itself is
/// <see cref="ReconciliationFileFormat"/>, shared with the SDK's reader): the column header, one LF-ended line
/// per row sorted by time then id, amounts with the currency's minor digits, <c>Payment_time</c> in the file's
/// time zone. The same rows always give the same bytes. The file is written beside its final path and moved into
/// place, so readers never see half a file.
/// </summary>
internal sealed class ReconciliationFileWriter(TimeZoneInfo timeZone)
{
    /// <summary>GMT+8, the default time zone of reconciliation files.</summary>
    public static TimeZoneInfo DefaultTimeZone { get; } =
        TimeZoneInfo.CreateCustomTimeZone("GMT+8", TimeSpan.FromHours(8), "GMT+8", "GMT+8");

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public ReconciliationFileWriter()
        : this(DefaultTimeZone)
    {
    }

    public TimeZoneInfo TimeZone { get; } = timeZone;

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> (replacing it) and returns its hash and row count.</summary>
    public async Task<ReconciliationFileResult> WriteAsync(string path, IEnumerable<TransactionRecord> rows, CancellationToken cancellationToken = default)
    {
        var bytes = Render(rows, out var count);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
        return new ReconciliationFileResult(path, Convert.ToHexStringLower(SHA256.HashData(bytes)), count, bytes.Length);
    }

    /// <summary>The file's exact bytes for <paramref name="rows"/>: header only when there are none.</summary>
    public byte[] Render(IEnumerable<TransactionRecord> rows, out int rowCount)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sorted = rows
            .OrderBy(r => r.PaymentTime.UtcTicks)
            .ThenBy(r => r.TransactionId, StringComparer.Ordinal)
            .ThenBy(r => r.PartnerTransactionId, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ToList();
        var text = new StringBuilder(ReconciliationFileFormat.Header.Length + 1 + (sorted.Count * 200));
        text.Append(ReconciliationFileFormat.Header).Append('\n');
        foreach (var row in sorted)
        {
            AppendRow(text, row);
        }
        rowCount = sorted.Count;
        return Utf8.GetBytes(text.ToString());
    }

    private void AppendRow(StringBuilder text, TransactionRecord row)
    {
        var local = TimeZoneInfo.ConvertTime(row.PaymentTime, TimeZone);
        Value(text, row.PartnerTransactionId);
        Value(text, row.TransactionId);
        Value(text, Amount(row.Amount, row.Currency, nameof(row.Amount)));
        Value(text, Amount(row.Fee, row.Currency, nameof(row.Fee)));
        Value(text, row.Currency);
        Value(text, local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        Value(text, TransactionTypes.ToWire(row.Type));
        Value(text, row.SecondaryMerchantId);
        Value(text, row.StoreId);
        Value(text, row.Remark);
        Value(text, row.SecondaryMerchantIndustry);
        Value(text, row.SecondaryMerchantName);
        Value(text, row.OperatorName);
        Value(text, row.OrderScene);
        Value(text, row.TransCurrency);
        Value(text, Amount(row.TransAmount, row.TransCurrency, nameof(row.TransAmount)));
        Value(text, Rate(row.ForexRate), last: true);
    }

    /// <summary>Appends a value with <c>|</c>, CR and LF replaced by a space, then the separator or the line end.</summary>
    private static void Value(StringBuilder text, string? value, bool last = false)
    {
        foreach (var c in value ?? "")
        {
            text.Append(c is '|' or '\r' or '\n' ? ' ' : c);
        }
        text.Append(last ? '\n' : '|');
    }

    private static string Amount(long minorUnits, string currency, string field)
    {
        if (minorUnits < 0)
        {
            throw new ArgumentException($"{field} must not be negative: reconciliation amounts are always positive.", field);
        }
        return Money.FormatDecimal(minorUnits, Currencies.ExponentOf(currency));
    }

    private static string Rate(decimal rate) =>
        rate > 0 ? rate.ToString("0.############################", CultureInfo.InvariantCulture)
            : throw new ArgumentException("Trans_forex_rate must be positive.", nameof(rate));
}
