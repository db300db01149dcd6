namespace AlipayInStore.Client;

/// <summary>
/// The gateway could not be reached or did not answer in time, after every retry, or kept answering 5xx.
/// For a payment this means the outcome is unknown: query, then decide (the flow helpers do that).
/// </summary>
public sealed class AlipayTransportException : AlipayException
{
    /// <summary>Creates the exception.</summary>
    public AlipayTransportException(string message, string function, int attempts, bool isTimeout, int? statusCode = null, Exception? inner = null)
        : base(message, inner)
    {
        Function = function;
        Attempts = attempts;
        IsTimeout = isTimeout;
        StatusCode = statusCode;
    }

    /// <summary>The function called, e.g. <c>alipay.intl.acquiring.offline.pay</c>.</summary>
    public string Function { get; }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }

    /// <summary>True when the last attempt timed out (see <see cref="AlipayInStoreOptions.RequestTimeout"/>).</summary>
    public bool IsTimeout { get; }

    /// <summary>The last HTTP status code, when the gateway answered with a 5xx.</summary>
    public int? StatusCode { get; }
}
