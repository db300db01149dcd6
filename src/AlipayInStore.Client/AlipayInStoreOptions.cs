using AlipayInStore.Protocol.Signing;

namespace AlipayInStore.Client;

/// <summary>
/// One merchant's connection to the gateway. Bind it from configuration (section <c>AlipayInStore</c> by convention)
/// or set it in code; several named instances can live in one process.
/// </summary>
public sealed class AlipayInStoreOptions
{
    /// <summary>Gateway base URL, e.g. <c>https://open-na.alipay.com</c> or <c>http://127.0.0.1:8080</c> for the sandbox.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>The Client ID from Merchant Information (at most 32 characters); sent in every request head.</summary>
    public string? ClientId { get; set; }

    /// <summary>The Partner ID (at most 32 characters); filled into request bodies that leave it empty.</summary>
    public string? PartnerId { get; set; }

    /// <summary><c>RSA2</c> (default) or <c>SHA256</c>.</summary>
    public string SignType { get; set; } = SignTypes.Rsa2;

    /// <summary>The merchant's RSA private key as PEM text (PKCS#1 or PKCS#8) or bare Base64 DER. Used for RSA2.</summary>
    public string? MerchantPrivateKey { get; set; }

    /// <summary>Path of a file holding <see cref="MerchantPrivateKey"/>; used when the text itself is not set.</summary>
    public string? MerchantPrivateKeyFile { get; set; }

    /// <summary>The gateway's RSA public key (downloaded from the portal) as PEM text or bare Base64 DER. Used for RSA2.</summary>
    public string? GatewayPublicKey { get; set; }

    /// <summary>Path of a file holding <see cref="GatewayPublicKey"/>; used when the text itself is not set.</summary>
    public string? GatewayPublicKeyFile { get; set; }

    /// <summary>The shared SHA256 key issued to the merchant; used when <see cref="SignType"/> is <c>SHA256</c>.</summary>
    public string? Sha256Key { get; set; }

    /// <summary>How long one HTTP attempt may take before it counts as a timeout. Default 15 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many times one call is sent at most (first attempt included) on transport failures and 5xx answers. Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Base delay of the exponential, jittered backoff between attempts. Default 200 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest delay between two attempts. Default 2 seconds.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Write RSA2 signatures Base64 of Base64, as some public samples show. Default false (plain Base64).</summary>
    public bool DoubleBase64Signatures { get; set; }

    /// <summary>
    /// True for an acquirer (indirect integration): pays and QR orders name a registered secondary merchant and store in
    /// <c>order.seller</c>, so the direct-mode rule (seller ids equal the Partner ID) is not checked before sending; the
    /// gateway checks the registration. Default false (direct integration, as the quick start guide describes).
    /// </summary>
    public bool IndirectIntegration { get; set; }

    /// <summary>A copy of these options.</summary>
    public AlipayInStoreOptions Clone() => (AlipayInStoreOptions)MemberwiseClone();

    /// <summary>Sets every option of <paramref name="target"/> to this one's (the options pattern configures an instance it made).</summary>
    internal void CopyTo(AlipayInStoreOptions target)
    {
        target.GatewayUrl = GatewayUrl;
        target.ClientId = ClientId;
        target.PartnerId = PartnerId;
        target.SignType = SignType;
        target.MerchantPrivateKey = MerchantPrivateKey;
        target.MerchantPrivateKeyFile = MerchantPrivateKeyFile;
        target.GatewayPublicKey = GatewayPublicKey;
        target.GatewayPublicKeyFile = GatewayPublicKeyFile;
        target.Sha256Key = Sha256Key;
        target.RequestTimeout = RequestTimeout;
        target.MaxAttempts = MaxAttempts;
        target.RetryBaseDelay = RetryBaseDelay;
        target.RetryMaxDelay = RetryMaxDelay;
        target.DoubleBase64Signatures = DoubleBase64Signatures;
        target.IndirectIntegration = IndirectIntegration;
    }
}
