namespace AlipayInStore.Gateway.Acceptance;

/// <summary>How a merchant is connected to Alipay: its own account, or through a service provider.</summary>
internal enum IntegrationMode
{
    /// <summary>The merchant integrates for itself; seller ids equal its partnerId.</summary>
    Direct,

    /// <summary>An independent software vendor integrates on behalf of merchants.</summary>
    Isv,
}
