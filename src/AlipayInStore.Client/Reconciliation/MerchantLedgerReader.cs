using System.Runtime.CompilerServices;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>
/// Reads a merchant ledger: the merchant's own record of the day's money movements, as a small CSV file.
/// </summary>
/// <remarks>
/// <para>Format: UTF-8, comma-separated, LF or CRLF line ends, no quoting (ids hold no commas). The first line is
/// the header, exactly <c>partner_transaction_id,transaction_type,currency,amount</c>. Each further line is one
/// movement: the merchant's id (the payment request id, or the merchant refund id for a refund),
/// <c>PAYMENT</c>/<c>REFUND</c>/<c>CANCEL</c>, the ISO 4217 order currency, and the order amount as decimal text
/// with the currency's minor digits (<c>12.50</c> USD, <c>1000</c> JPY). Empty lines and lines starting with
/// <c>#</c> are ignored.</para>
/// <para>Example:</para>
/// <code>
/// partner_transaction_id,transaction_type,currency,amount
/// T20261126-0001,PAYMENT,USD,12.50
/// R20261126-0001,REFUND,USD,2.00
/// </code>
/// </remarks>
public static class MerchantLedgerReader
{
    /// <summary>The exact header line.</summary>
    public const string Header = "partner_transaction_id,transaction_type,currency,amount";

    /// <summary>Reads the ledger file at <paramref name="path"/>.</summary>
    /// <exception cref="ReconciliationFormatException">A line breaks the format; the line number says which.</exception>
    public static async IAsyncEnumerable<MerchantRecord> ReadFileAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path);
        await foreach (var record in ReadAsync(reader, cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }
    }

    /// <summary>Reads a ledger from <paramref name="reader"/>.</summary>
    /// <exception cref="ReconciliationFormatException">A line breaks the format; the line number says which.</exception>
    public static async IAsyncEnumerable<MerchantRecord> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lineNumber = 0L;
        var headerSeen = false;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (!headerSeen)
            {
                headerSeen = line.TrimStart('\uFEFF') == Header
                    ? true
                    : throw new ReconciliationFormatException(lineNumber, "expected the merchant ledger header " + Header);
                continue;
            }
            yield return ParseLine(line, lineNumber);
        }
        if (!headerSeen)
        {
            throw new ReconciliationFormatException(Math.Max(1, lineNumber), "the merchant ledger has no header line " + Header);
        }
    }

    /// <summary>Writes <paramref name="records"/> in the ledger format, header first.</summary>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<MerchantRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        await writer.WriteAsync(Header + "\n").ConfigureAwait(false);
        foreach (var r in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var amount = Money.FormatDecimal(r.Amount, Currencies.ExponentOf(r.Currency));
            await writer.WriteAsync($"{r.PartnerTransactionId},{TransactionTypes.ToWire(r.Type)},{r.Currency},{amount}\n").ConfigureAwait(false);
        }
    }

    private static MerchantRecord ParseLine(string line, long lineNumber)
    {
        var parts = line.Split(',');
        if (parts.Length != 4)
        {
            throw new ReconciliationFormatException(lineNumber, $"expected 4 comma-separated fields ({Header}), found {parts.Length}");
        }
        var (id, typeText, currency, amountText) = (parts[0], parts[1], parts[2], parts[3]);
        if (id.Length == 0)
        {
            throw new ReconciliationFormatException(lineNumber, "partner_transaction_id is empty");
        }
        if (!TransactionTypes.TryParse(typeText, out var type))
        {
            throw new ReconciliationFormatException(lineNumber, $"transaction_type '{typeText}' must be PAYMENT, REFUND or CANCEL");
        }
        if (!Currencies.TryGetExponent(currency, out var exponent))
        {
            throw new ReconciliationFormatException(lineNumber, $"currency '{currency}' is not an active ISO 4217 currency code");
        }
        if (!Money.TryParseDecimal(amountText, currency, out var amount) || amountText.StartsWith('+') || amountText.StartsWith('-'))
        {
            throw new ReconciliationFormatException(lineNumber, $"amount '{amountText}' must be an unsigned decimal amount with {exponent} decimal digits for {currency}");
        }
        // One shared instance per currency: the index keeps every record, and a million copies of "USD" add up.
        return new MerchantRecord(id, type, string.Intern(currency), amount);
    }
}
