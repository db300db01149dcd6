using AlipayInStore.Cli.Merchant;
using AlipayInStore.Gateway.Sandbox;
using AlipayInStore.Protocol.Money;

namespace AlipayInStore.Cli.Sandbox;

/// <summary>The text the sandbox prints at start: every URL, id, key file and a first command to try.</summary>
internal static class QuickStart
{
    public static string Render(SandboxSeed seed, CliProfile profile, string profileName, string dataDirectory, string profilePath, IReadOnlyDictionary<string, long> balances)
    {
        var buyers = string.Join(Environment.NewLine, seed.Buyers.Select(b =>
            $"    {b.Id,-6} balance {new Money(balances.GetValueOrDefault(b.Id), b.Currency)}   reusable test code {b.TestCode}   wallet password {seed.Logins.BuyerPasswords.GetValueOrDefault(b.Id, "?")}"));
        var gateway = profile.GatewayUrl;
        return $"""

            AlipayInStore sandbox is running ({profileName} profile){(seed.CreatedNow ? " — first start: seeded a merchant and two buyers" : "")}

              Gateway        {gateway}  (pay, preCreate, payQuery, payCancel, refund at Alipay's paths)
              Control API    {gateway}/sandbox/   token {profile.SandboxToken}
              Portal         {gateway}/portal   user {seed.Logins.PortalUserName}   password {seed.Logins.PortalPassword}
              Wallet         {gateway}/wallet   sign in as a buyer below with its wallet password (also its payment password)

              Partner ID     {profile.PartnerId}
              Client ID      {profile.ClientId}
              Merchant key   {profile.MerchantPrivateKeyFile}  (its public key is registered)
              Gateway key    {profile.GatewayPublicKeyFile}  (verify responses and notifications with it)
              SHA256 key     {profile.Sha256Key}

              Buyers
            {buyers}

              Data           {dataDirectory}  (a restart keeps everything)
              CLI profile    {profilePath}

            Try it:
              curl -s -X POST -H "Authorization: Bearer {profile.SandboxToken}" {gateway}/sandbox/buyers/alice/codes
              curl -s -H "Authorization: Bearer {profile.SandboxToken}" {gateway}/sandbox/ledger/check

            Press Ctrl+C to stop.
            """;
    }
}
