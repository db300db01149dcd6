namespace AlipayInStore.Client;

/// <summary>The gateway's answer was not a readable response envelope for the request sent (bad JSON, wrong function, wrong reqMsgId).</summary>
public sealed class AlipayResponseException : AlipayException
{
    /// <summary>Creates the exception.</summary>
    public AlipayResponseException(string message, string function, int? statusCode = null)
        : base(message)
    {
        Function = function;
        StatusCode = statusCode;
    }

    /// <summary>The function called.</summary>
    public string Function { get; }

    /// <summary>The HTTP status code of the answer.</summary>
    public int? StatusCode { get; }
}
