namespace AlipayInStore.Client.Sandbox;

/// <summary>
/// The sandbox answered a control call with an error status; <see cref="Exception.Message"/> is
/// <c>the sandbox answered &lt;status&gt;: &lt;error&gt;</c>. No answer at all (refused connection, timeout) is an
/// <see cref="HttpRequestException"/> instead.
/// </summary>
public sealed class SandboxControlException : Exception
{
    /// <summary>Creates the exception for an answer with <paramref name="statusCode"/> and the sandbox's <paramref name="error"/> text.</summary>
    public SandboxControlException(int statusCode, string error)
        : base($"the sandbox answered {statusCode}: {error}")
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The HTTP status: 400 (a field breaks a rule), 401 (wrong token), 404 (no such thing), 409 (not now).</summary>
    public int StatusCode { get; }

    /// <summary>The sandbox's <c>error</c> text (the whole answer when it was not the usual JSON).</summary>
    public string Error { get; }
}
