namespace AlipayInStore.Protocol.Keys;

/// <summary>What a piece of key text holds.</summary>
public enum KeyKind
{
    /// <summary>An RSA private key (PKCS#1 or PKCS#8).</summary>
    RsaPrivate,
    /// <summary>An RSA public key (SubjectPublicKeyInfo or PKCS#1).</summary>
    RsaPublic,
}
