using System.Globalization;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>The file name rule <c>&lt;partnerId&gt;_transaction_&lt;yyyyMMdd&gt;.txt</c> and the partner id rule that keeps paths safe.</summary>
internal static class ReconciliationFileNames
{
    private const string Infix = "_transaction_";

    public static string For(string partnerId, DateOnly businessDate)
    {
        EnsureSafePartnerId(partnerId);
        return partnerId + Infix + businessDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ".txt";
    }

    public static bool TryParseDate(string fileName, out DateOnly businessDate)
    {
        businessDate = default;
        var at = fileName.LastIndexOf(Infix, StringComparison.Ordinal);
        return at > 0 && fileName.EndsWith(".txt", StringComparison.Ordinal) && fileName.Length == at + Infix.Length + 12
            && DateOnly.TryParseExact(fileName.AsSpan(at + Infix.Length, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out businessDate);
    }

    /// <summary>Partner ids become folder and user names: ASCII letters and digits only, 1 to 32 of them.</summary>
    public static bool IsSafePartnerId(string? partnerId) =>
        !string.IsNullOrEmpty(partnerId) && partnerId.Length <= 32 && partnerId.All(char.IsAsciiLetterOrDigit);

    public static void EnsureSafePartnerId(string partnerId)
    {
        if (!IsSafePartnerId(partnerId))
        {
            throw new ArgumentException($"Partner id '{partnerId}' must be 1 to 32 ASCII letters or digits.", nameof(partnerId));
        }
    }
}
