using System.Text.Json.Nodes;

namespace AlipayInStore.Cli.Sandbox;

/// <summary>A merchant as the quick start shows one: ids, keys, portal login, settings; secrets only when just issued.</summary>
internal static class MerchantFacts
{
    public static string Render(JsonNode merchant, string gatewayUrl, JsonNode? created = null, string? profilePath = null)
    {
        string? S(JsonNode? node, string name) => node?[name]?.ToString();
        var lines = new List<string>
        {
            $"  Merchant       {S(merchant, "name")}  ({S(merchant, "status")})",
            $"  Partner ID     {S(merchant, "partnerId")}",
            $"  Client ID      {S(merchant, "clientId")}",
            $"  Sign type      {S(merchant, "signType")}",
            $"  SHA256 key     {S(merchant, "sha256Key") ?? "(none)"}",
        };
        if (created is not null)
        {
            lines.Add($"  Merchant key   {S(created, "privateKeyFile") ?? "(your own key pair: its public key is registered)"}");
            lines.Add($"  Portal         {gatewayUrl}/portal   user {S(merchant, "portalUser")}   password {S(created, "portalPassword")}  (shown once)");
            if (S(created, "sftpPassword") is { } sftp)
            {
                lines.Add($"  SFTP           user {S(merchant, "sftpUser")}   password {sftp}  (shown once)");
            }
        }
        else
        {
            lines.Add($"  Portal         {gatewayUrl}/portal   user {S(merchant, "portalUser")}");
        }
        lines.Add($"  Notify URL     {S(merchant, "notifyUrl") ?? "(none)"}");
        lines.Add($"  Fee rate       {S(merchant, "feeRateBasisPoints")} basis points   empty-day files {(merchant["emptyDayFiles"]?.GetValue<bool>() == true ? "on" : "off")}   acquirer {(merchant["acquirer"]?.GetValue<bool>() == true ? "yes" : "no")}");
        if (profilePath is not null)
        {
            lines.Add($"  CLI profile    {profilePath}   (alipay-instore pay --profile {profilePath} --amount 1.00 --code <buyer code>)");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
