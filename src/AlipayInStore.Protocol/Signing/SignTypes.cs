namespace AlipayInStore.Protocol.Signing;

/// <summary>The values of <c>head.signType</c>.</summary>
public static class SignTypes
{
    /// <summary>SHA256withRSA, PKCS#1 v1.5, keys of 2048 bits or more. The default.</summary>
    public const string Rsa2 = "RSA2";
    /// <summary>Lower-case hex of SHA-256(content + shared key).</summary>
    public const string Sha256 = "SHA256";

    /// <summary>True for <c>RSA2</c> and <c>SHA256</c> (upper case only).</summary>
    public static bool IsKnown(string? signType) => signType is Rsa2 or Sha256;
}
