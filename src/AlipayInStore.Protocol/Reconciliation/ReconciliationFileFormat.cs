using System.Globalization;

namespace AlipayInStore.Protocol.Reconciliation;

/// <summary>Names and constants of the reconciliation (transaction) file format.</summary>
public static class ReconciliationFileFormat
{
    /// <summary>The exact column header line, without line end.</summary>
    public const string Header =
        "Partner_transaction_id|Transaction_id|Transaction_amount|Charge_amount|Currency|Payment_time|Transaction_type|" +
        "Secondary_merchant_id|Store_id|Remark|Secondary_merchant_industry|Secondary_merchant_name|Operator_name|" +
        "Order_scene|Trans_currency|Trans_amount|Trans_forex_rate";

    /// <summary>The number of columns of every row.</summary>
    public const int ColumnCount = 17;

    private const string NameInfix = "_transaction_";

    /// <summary>The file name for a partner and business day: <c>&lt;partnerId&gt;_transaction_&lt;yyyyMMdd&gt;.txt</c>.</summary>
    public static string FileName(string partnerId, DateOnly businessDate) =>
        partnerId + NameInfix + businessDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ".txt";

    /// <summary>Reads the partner id and business day from a file name made by <see cref="FileName"/>.</summary>
    public static bool TryParseFileName(string fileName, out string partnerId, out DateOnly businessDate)
    {
        partnerId = "";
        businessDate = default;
        var at = fileName.LastIndexOf(NameInfix, StringComparison.Ordinal);
        if (at <= 0 || !fileName.EndsWith(".txt", StringComparison.Ordinal) || fileName.Length != at + NameInfix.Length + 12)
        {
            return false;
        }
        var date = fileName.AsSpan(at + NameInfix.Length, 8);
        if (!DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out businessDate))
        {
            return false;
        }
        partnerId = fileName[..at];
        return true;
    }
}
