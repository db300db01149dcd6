using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// The gateway's side of the file name rule of <see cref="ReconciliationFileFormat"/>: partner ids become folder and
/// user names, so a name is only made for a safe one.
/// </summary>
internal static class ReconciliationFileNames
{
    public static string For(string partnerId, DateOnly businessDate)
    {
        EnsureSafePartnerId(partnerId);
        return ReconciliationFileFormat.FileName(partnerId, businessDate);
    }

    public static bool TryParseDate(string fileName, out DateOnly businessDate) =>
        ReconciliationFileFormat.TryParseFileName(fileName, out _, out businessDate);

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
