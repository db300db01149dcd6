using AlipayInStore.Gateway.Payments;

namespace AlipayInStore.Testing;

/// <summary>How a <see cref="FakeAlipayGateway"/> behaves; the defaults are the sandbox's own (its <c>Gateway:*</c> defaults).</summary>
public sealed class FakeGatewayOptions
{
    private static readonly PaymentOptions Sandbox = new();

    /// <summary>The base URL the fake answers for; nothing listens there.</summary>
    public string GatewayUrl { get; init; } = "https://fake-gateway.alipay-instore.test";

    /// <summary>The merchant's Client ID.</summary>
    public string ClientId { get; init; } = "FAKE0CLIENT0ID00";

    /// <summary>The merchant's Partner ID.</summary>
    public string PartnerId { get; init; } = "2088000000000001";

    /// <summary>Every buyer's opening balance in USD minor units: USD 10,000.00, as the sandbox's Alice.</summary>
    public long BuyerBalance { get; init; } = 1_000_000;

    /// <summary>Scenario 9902: how long pay takes to answer (the sandbox's <c>Gateway:SlowPayDelay</c>).</summary>
    public TimeSpan SlowPayDelay { get; init; } = Sandbox.SlowPayDelay;

    /// <summary>How long a pay waiting for the buyer stays open (the sandbox's <c>Gateway:PendingPayExpiry</c>).</summary>
    public TimeSpan PendingPayExpiry { get; init; } = Sandbox.PendingPayExpiry;

    /// <summary>How long a preCreate order stays open without an <c>expiryTime</c> (the sandbox's <c>Gateway:PreCreateDefaultExpiry</c>).</summary>
    public TimeSpan PreCreateDefaultExpiry { get; init; } = Sandbox.PreCreateDefaultExpiry;

    /// <summary>The gateway's clock: give a <c>FakeTimeProvider</c> to expire orders on demand.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
