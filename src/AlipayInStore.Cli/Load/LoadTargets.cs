using AlipayInStore.Client;

namespace AlipayInStore.Cli.Load;

/// <summary>
/// Who pays whom in a load run: pay <c>i</c> goes to merchant <c>i mod N</c> and charges buyer <c>i mod M</c>,
/// so in-flight pays need not share a merchant or a buyer.
/// </summary>
internal sealed record LoadTargets(IReadOnlyList<AlipayInStoreClient> Merchants, IReadOnlyList<string> BuyerCodes,
    IReadOnlyList<string> MerchantIds, IReadOnlyList<string> BuyerIds)
{
    public AlipayInStoreClient MerchantOf(int pay) => Merchants[pay % Merchants.Count];

    public string CodeOf(int pay) => BuyerCodes[pay % BuyerCodes.Count];
}
