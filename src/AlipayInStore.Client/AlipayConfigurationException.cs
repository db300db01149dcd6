namespace AlipayInStore.Client;

/// <summary>The options cannot work: a key is missing, unreadable or of the wrong kind, or a required value is absent. The message says which.</summary>
public sealed class AlipayConfigurationException : AlipayException
{
    /// <summary>Creates the exception.</summary>
    public AlipayConfigurationException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
