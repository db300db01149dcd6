using System.Text;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>Turns one data line (UTF-8, without line end) into a <see cref="TransactionRecord"/> or says what is wrong.</summary>
internal sealed class RowParser(TimeZoneInfo timeZone)
{
    private static readonly string[] Columns = ReconciliationFileFormat.Header.Split('|');

    private readonly Utf8StringCache _cache = new(ReconciliationFileFormat.ColumnCount);
    private readonly TimeSpan? _fixedOffset = timeZone.SupportsDaylightSavingTime ? null : timeZone.BaseUtcOffset;
    private string _lastCurrency = "";
    private int _lastExponent;

    public TransactionRecord Parse(ReadOnlySpan<byte> line, long lineNumber)
    {
        Span<Range> fields = stackalloc Range[ReconciliationFileFormat.ColumnCount + 1];
        var count = FieldSplitter.Split(line, fields);
        if (count == ReconciliationFileFormat.ColumnCount + 1 && line[fields[count - 1]].IsEmpty)
        {
            count--; // the trailing '|' variant
        }
        if (count != ReconciliationFileFormat.ColumnCount)
        {
            throw Error(lineNumber, $"expected {ReconciliationFileFormat.ColumnCount} fields separated by '|', found {CountFields(line)}");
        }
        try
        {
            return Build(line, fields, lineNumber);
        }
        catch (DecoderFallbackException)
        {
            throw Error(lineNumber, "the line is not valid UTF-8");
        }
    }

    private TransactionRecord Build(ReadOnlySpan<byte> line, ReadOnlySpan<Range> f, long lineNumber)
    {
        var currency = Currency(line[f[4]], 4, lineNumber, out var exponent);
        var transCurrency = Currency(line[f[14]], 14, lineNumber, out var transExponent);
        var timeText = line[f[5]];
        if (!Utf8Fields.TryParseTime(timeText, out var localTime))
        {
            throw Error(lineNumber, $"Payment_time '{Show(timeText)}' must be a real time written yyyy-MM-dd HH:mm:ss");
        }
        var typeText = line[f[6]];
        if (!TransactionTypes.TryParse(typeText, out var type))
        {
            throw Error(lineNumber, $"Transaction_type '{Show(typeText)}' must be PAYMENT, REFUND or CANCEL");
        }
        var rateText = line[f[16]];
        if (!Utf8Fields.TryParseRate(rateText, out var rate))
        {
            throw Error(lineNumber, $"Trans_forex_rate '{Show(rateText)}' must be a positive decimal number such as 1 or 7.1234");
        }
        return new TransactionRecord
        {
            PartnerTransactionId = RequiredId(line[f[0]], 0, lineNumber),
            TransactionId = RequiredId(line[f[1]], 1, lineNumber),
            Amount = Amount(line[f[2]], 2, currency, exponent, lineNumber),
            Fee = Amount(line[f[3]], 3, currency, exponent, lineNumber),
            Currency = currency,
            PaymentTime = new DateTimeOffset(localTime, _fixedOffset ?? timeZone.GetUtcOffset(localTime)),
            Type = type,
            SecondaryMerchantId = _cache.Get(7, line[f[7]]),
            StoreId = _cache.Get(8, line[f[8]]),
            Remark = _cache.Get(9, line[f[9]]),
            SecondaryMerchantIndustry = _cache.Get(10, line[f[10]]),
            SecondaryMerchantName = _cache.Get(11, line[f[11]]),
            OperatorName = _cache.Get(12, line[f[12]]),
            OrderScene = _cache.Get(13, line[f[13]]),
            TransCurrency = transCurrency,
            TransAmount = Amount(line[f[15]], 15, transCurrency, transExponent, lineNumber),
            ForexRate = rate,
        };
    }

    private string Currency(ReadOnlySpan<byte> text, int column, long lineNumber, out int exponent)
    {
        var code = _cache.Get(column, text);
        if (string.Equals(code, _lastCurrency, StringComparison.Ordinal))
        {
            exponent = _lastExponent;
            return code;
        }
        if (!Currencies.TryGetExponent(code, out exponent))
        {
            throw Error(lineNumber, $"{Columns[column]} '{code}' is not an active ISO 4217 currency code");
        }
        _lastCurrency = code;
        _lastExponent = exponent;
        return code;
    }

    private static long Amount(ReadOnlySpan<byte> text, int column, string currency, int exponent, long lineNumber)
    {
        if (!Utf8Fields.TryParseAmount(text, exponent, out var minor))
        {
            var rule = exponent == 0 ? "no decimal point" : $"exactly {exponent} decimal digits";
            throw Error(lineNumber, $"{Columns[column]} '{Show(text)}' must be an unsigned decimal amount with {rule} for {currency}");
        }
        return minor;
    }

    private static string RequiredId(ReadOnlySpan<byte> text, int column, long lineNumber) =>
        text.IsEmpty ? throw Error(lineNumber, $"{Columns[column]} is empty") : Utf8StringCache.Decode(text);

    private static int CountFields(ReadOnlySpan<byte> line)
    {
        var count = line.Count((byte)'|') + 1;
        return line.Length > 0 && line[^1] == (byte)'|' ? count - 1 : count;
    }

    private static string Show(ReadOnlySpan<byte> text) =>
        Encoding.UTF8.GetString(text.Length > 40 ? text[..40] : text);

    private static ReconciliationFormatException Error(long lineNumber, string reason) => new(lineNumber, reason);
}
