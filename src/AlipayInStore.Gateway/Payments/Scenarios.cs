using AlipayInStore.Protocol.Money;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Sandbox scenarios, chosen by the order amount's minor-unit value (docs/scenarios.md).</summary>
internal static class Scenarios
{
    public const int UnknownButPaid = 9901;
    public const int SlowAnswer = 9902;
    public const int BuyerConfirms = 9903;
    public const int BuyerNeverConfirms = 9904;
    public const int BalanceTooLow = 9905;
    public const int FraudReject = 9906;
    public const int SystemErrorNothingCreated = 9907;
    public const int RefundMerchantBalanceTooLow = 9908;

    /// <summary>The scenario a pay or preCreate amount asks for; scenarios exist in the sandbox profile only.</summary>
    public static int? OfPay(Money amount, bool sandbox) => sandbox && amount.MinorUnits is >= 9901 and <= 9907 ? (int)amount.MinorUnits : null;

    public static bool IsRefundFailure(Money amount, bool sandbox) => sandbox && amount.MinorUnits == RefundMerchantBalanceTooLow;

    public static bool WaitsForBuyer(int? scenario) => scenario is BuyerConfirms or BuyerNeverConfirms or SlowAnswer;
}
