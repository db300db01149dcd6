namespace AlipayInStore.Protocol.Reconciliation;

/// <summary>The wire names of <see cref="TransactionType"/> as they appear in reconciliation files.</summary>
public static class TransactionTypes
{
    /// <summary>The file's text for <paramref name="type"/>: <c>PAYMENT</c>, <c>REFUND</c> or <c>CANCEL</c>.</summary>
    public static string ToWire(TransactionType type) => type switch
    {
        TransactionType.Payment => "PAYMENT",
        TransactionType.Refund => "REFUND",
        TransactionType.Cancel => "CANCEL",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown transaction type."),
    };

    /// <summary>Parses <c>PAYMENT</c>, <c>REFUND</c> or <c>CANCEL</c> (exact, upper case).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TransactionType type)
    {
        switch (text)
        {
            case "PAYMENT": type = TransactionType.Payment; return true;
            case "REFUND": type = TransactionType.Refund; return true;
            case "CANCEL": type = TransactionType.Cancel; return true;
            default: type = default; return false;
        }
    }

    /// <summary>Parses the UTF-8 bytes <c>PAYMENT</c>, <c>REFUND</c> or <c>CANCEL</c> (exact, upper case).</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out TransactionType type)
    {
        if (utf8.SequenceEqual("PAYMENT"u8))
        {
            type = TransactionType.Payment;
            return true;
        }
        if (utf8.SequenceEqual("REFUND"u8))
        {
            type = TransactionType.Refund;
            return true;
        }
        if (utf8.SequenceEqual("CANCEL"u8))
        {
            type = TransactionType.Cancel;
            return true;
        }
        type = default;
        return false;
    }
}
