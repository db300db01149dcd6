namespace AlipayInStore.Protocol.Signing;

/// <summary>How an RSA2 signature is written into the envelope.</summary>
public enum SignatureEncoding
{
    /// <summary>Base64 of the signature bytes.</summary>
    Base64,
    /// <summary>Base64 of the Base64 text, as public documentation samples show it.</summary>
    DoubleBase64,
}
