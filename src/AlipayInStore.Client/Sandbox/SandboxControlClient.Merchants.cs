namespace AlipayInStore.Client.Sandbox;

/// <summary>The operator's merchant calls of the control API.</summary>
public sealed partial class SandboxControlClient
{
    /// <summary>Creates a merchant: ids, key pair (or the given public key), portal user; the secrets are in the answer this once.</summary>
    public Task<SandboxMerchantCreated> CreateMerchantAsync(SandboxMerchantSpec merchant, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, "sandbox/merchants", Body(merchant, Json.SandboxMerchantSpec), Json.SandboxMerchantCreated, cancellationToken);

    /// <summary>Every merchant.</summary>
    public Task<IReadOnlyList<SandboxMerchant>> GetMerchantsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "sandbox/merchants", null, Json.IReadOnlyListSandboxMerchant, cancellationToken);

    /// <summary>One merchant's ids and settings.</summary>
    public Task<SandboxMerchant> GetMerchantAsync(string partnerId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, $"sandbox/merchants/{Escape(partnerId)}", null, Json.SandboxMerchant, cancellationToken);

    /// <summary>Changes the settings given (null members stay as they are).</summary>
    public Task<SandboxMerchant> ChangeMerchantAsync(string partnerId, SandboxMerchantChange change, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Patch, $"sandbox/merchants/{Escape(partnerId)}", Body(change, Json.SandboxMerchantChange), Json.SandboxMerchant, cancellationToken);

    /// <summary>Disables a merchant: its requests are refused with <c>MERCHANT_DISABLED</c>; its history is kept.</summary>
    public Task<SandboxMerchant> DisableMerchantAsync(string partnerId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"sandbox/merchants/{Escape(partnerId)}/disable", null, Json.SandboxMerchant, cancellationToken);

    /// <summary>Enables a disabled merchant again.</summary>
    public Task<SandboxMerchant> EnableMerchantAsync(string partnerId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"sandbox/merchants/{Escape(partnerId)}/enable", null, Json.SandboxMerchant, cancellationToken);

    /// <summary>Issues a new SFTP password for the merchant's account (shown this once).</summary>
    public Task<SandboxSftpPassword> IssueSftpPasswordAsync(string partnerId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"sandbox/merchants/{Escape(partnerId)}/sftp-password", null, Json.SandboxSftpPassword, cancellationToken);
}
