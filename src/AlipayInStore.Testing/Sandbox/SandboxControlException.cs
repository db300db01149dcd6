namespace AlipayInStore.Testing;

/// <summary>The sandbox refused a control call; <see cref="Exception.Message"/> is its error in words.</summary>
public sealed class SandboxControlException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SandboxControlException(int statusCode, string path, string error)
        : base($"The sandbox refused {path} ({statusCode}): {error}")
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The HTTP status (400, 401, 404, 409).</summary>
    public int StatusCode { get; }

    /// <summary>The sandbox's <c>error</c> text.</summary>
    public string Error { get; }
}
