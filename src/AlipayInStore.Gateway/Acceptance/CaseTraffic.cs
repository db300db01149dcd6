namespace AlipayInStore.Gateway.Acceptance;

/// <summary>
/// What one case is graded on: the exchanges of its window in the order they started, the gateway's notification
/// deliveries since the run started (a delivery may land after the case is finished), the kit's own deliveries of the
/// case's latest batch, and whether the cashier has finished the case.
/// </summary>
internal sealed record CaseTraffic(IReadOnlyList<ExchangeFact> Exchanges, bool Finished)
{
    public IReadOnlyList<DeliveryFact> Deliveries { get; init; } = [];

    public IReadOnlyList<DeliveryFact> KitDeliveries { get; init; } = [];

    public IEnumerable<ExchangeFact> Calls(string function) => Exchanges.Where(e => e.Is(function));

    /// <summary>Exchanges that started after <paramref name="first"/> (a slow exchange is recorded when it ends, so ids alone would mislead).</summary>
    public IEnumerable<ExchangeFact> After(ExchangeFact first) => Exchanges.Where(e => e.At > first.At || (e.At == first.At && e.Id > first.Id));

    /// <summary>A later pay for the same money under another merchantTransId: what "re-paying blindly" looks like.</summary>
    public ExchangeFact? RepayAfter(ExchangeFact pay) => After(pay).FirstOrDefault(e =>
        e.Is(Protocol.Wire.ApiFunctions.Pay) && e.MerchantTransId != pay.MerchantTransId && e.Value == pay.Value);
}
