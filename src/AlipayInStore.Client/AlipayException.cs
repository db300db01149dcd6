namespace AlipayInStore.Client;

/// <summary>Base of the SDK's exceptions: transport failures, unverifiable responses and configuration errors.</summary>
public abstract class AlipayException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected AlipayException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
