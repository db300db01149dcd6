namespace AlipayInStore.Gateway.Accounts;

/// <summary>A one-time payment code a wallet shows: 18 digits starting 28, valid 60 s, single use.</summary>
internal sealed class PaymentCode
{
    private PaymentCode()
    {
    }

    public PaymentCode(string code, string buyerId, DateTimeOffset expiresAt)
    {
        Code = code;
        BuyerId = buyerId;
        ExpiresAt = expiresAt;
    }

    public string Code { get; private set; } = "";
    public string BuyerId { get; private set; } = "";
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
}
