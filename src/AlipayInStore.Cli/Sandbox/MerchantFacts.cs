using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Sandbox;

/// <summary>A merchant as the quick start shows one: ids, keys, portal login, settings; secrets only when just issued.</summary>
internal static class MerchantFacts
{
    public static string Render(SandboxMerchant merchant, string gatewayUrl, SandboxMerchantCreated? created = null, string? profilePath = null)
    {
        var lines = new List<string>
        {
            $"  Merchant       {merchant.Name}  ({merchant.Status})",
            $"  Partner ID     {merchant.PartnerId}",
            $"  Client ID      {merchant.ClientId}",
            $"  Sign type      {merchant.SignType}",
            $"  SHA256 key     {merchant.Sha256Key ?? "(none)"}",
        };
        if (created is not null)
        {
            lines.Add($"  Merchant key   {created.PrivateKeyFile ?? "(your own key pair: its public key is registered)"}");
            lines.Add($"  Portal         {gatewayUrl}/portal   user {merchant.PortalUser}   password {created.PortalPassword}  (shown once)");
            if (created.SftpPassword is { } sftp)
            {
                lines.Add($"  SFTP           user {merchant.SftpUser}   password {sftp}  (shown once)");
            }
        }
        else
        {
            lines.Add($"  Portal         {gatewayUrl}/portal   user {merchant.PortalUser}");
        }
        lines.Add($"  Notify URL     {merchant.NotifyUrl ?? "(none)"}");
        lines.Add($"  Fee rate       {merchant.FeeRateBasisPoints} basis points   empty-day files {(merchant.EmptyDayFiles ? "on" : "off")}   acquirer {(merchant.Acquirer ? "yes" : "no")}");
        if (profilePath is not null)
        {
            lines.Add($"  CLI profile    {profilePath}   (alipay-instore pay --profile {profilePath} --amount 1.00 --code <buyer code>)");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
