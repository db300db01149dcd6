namespace AlipayInStore.Client;

/// <summary>
/// A response had no signature or its signature did not verify with the configured gateway key (or SHA256 key).
/// Its content is not trusted and not returned: the SDK fails closed.
/// </summary>
public sealed class AlipaySignatureException : AlipayException
{
    /// <summary>Creates the exception.</summary>
    public AlipaySignatureException(string message, string function, string? unverifiedResultCode = null)
        : base(message)
    {
        Function = function;
        UnverifiedResultCode = unverifiedResultCode;
    }

    /// <summary>The function called.</summary>
    public string Function { get; }

    /// <summary>The <c>resultCode</c> the unverified response claimed, for diagnosis only (e.g. <c>CLIENT_INVALID</c>); never act on it.</summary>
    public string? UnverifiedResultCode { get; }
}
