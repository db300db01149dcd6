namespace AlipayInStore.Client.Sandbox;

/// <summary>A transaction as the control API shows it (<c>GET /sandbox/transactions/{acquirementId}</c>), its main fields.</summary>
/// <param name="AcquirementId">The gateway's id.</param>
/// <param name="MerchantTransId">The merchant's id.</param>
/// <param name="Status"><c>WAIT_BUYER_PAY</c>, <c>SUCCESS</c>, <c>CLOSED</c> or <c>CANCELLED</c>.</param>
/// <param name="Kind"><c>BarCode</c>, <c>QrOrder</c> or <c>CancelledBeforeCreation</c>.</param>
/// <param name="Currency">The order currency.</param>
/// <param name="Amount">The order amount in minor units.</param>
/// <param name="RefundedAmount">Refunded so far, in minor units.</param>
/// <param name="FeeAmount">The merchant's fee, in minor units.</param>
/// <param name="BuyerId">The paying buyer, once known.</param>
/// <param name="Scenario">The scenario the amount asked for (9901–9907), if any.</param>
/// <param name="FailureCode">Why it closed, e.g. <c>BUYER_BALANCE_NOT_ENOUGH</c>.</param>
public sealed record SandboxTransaction(
    string AcquirementId, string MerchantTransId, string Status, string Kind, string Currency, long Amount,
    long RefundedAmount, long FeeAmount, string? BuyerId, int? Scenario, string? FailureCode);
