using AlipayInStore.Client;
using AlipayInStore.Client.Sandbox;
using AlipayInStore.Cli.Merchant;

namespace AlipayInStore.Cli.Load;

/// <summary>
/// Who a load run pays with: the profile's merchant and buyer, or <c>--merchants N</c> new merchants and
/// <c>--buyers M</c> new funded buyers made for this run (<see cref="LoadFixture"/>).
/// </summary>
internal static class LoadSetup
{
    public static async Task<LoadTargets> ResolveAsync(
        CliProfile profile, AlipayInStoreOptions options, HttpClient http, string? token, int merchants, int buyers,
        string profileBuyer, long buyerBalance, string runId, CancellationToken ct)
    {
        using var api = merchants > 0 || buyers > 0
            ? new SandboxControlClient(options.GatewayUrl!, ConnectionOptions.SandboxToken(profile, token), options.RequestTimeout)
            : null;
        IReadOnlyList<(string PartnerId, AlipayInStoreClient Client)> payees = merchants > 0
            ? await LoadFixture.CreateMerchantsAsync(api!, http, options, merchants, runId, ct)
            : [(options.PartnerId ?? "profile", new AlipayInStoreClient(http, options))];
        IReadOnlyList<(string BuyerId, string TestCode)> payers = buyers > 0
            ? await LoadFixture.CreateBuyersAsync(api!, buyers, buyerBalance, runId, ct)
            : [(profileBuyer, profile.Buyers?.FirstOrDefault(b => b.BuyerId == profileBuyer)?.TestCode
                ?? throw new CliUsageException($"--buyer: the profile has no buyer '{profileBuyer}' with a test code."))];
        return new LoadTargets(payees.Select(p => p.Client).ToList(), payers.Select(p => p.TestCode).ToList(),
            payees.Select(p => p.PartnerId).ToList(), payers.Select(p => p.BuyerId).ToList());
    }
}
