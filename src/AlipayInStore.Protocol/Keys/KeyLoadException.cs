namespace AlipayInStore.Protocol.Keys;

/// <summary>A key could not be used; the message says what is wrong in plain words.</summary>
public sealed class KeyLoadException : FormatException
{
    /// <summary>Creates the exception with a plain-words message.</summary>
    public KeyLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a plain-words message and its cause.</summary>
    public KeyLoadException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public KeyLoadException()
        : base("The key could not be loaded.")
    {
    }
}
