namespace AlipayInStore.Client.Sandbox;

/// <summary>Settings to change (<c>PATCH /sandbox/merchants/{partnerId}</c>); a null member keeps its value.</summary>
public sealed record SandboxMerchantChange
{
    /// <summary>The merchant's name.</summary>
    public string? Name { get; init; }

    /// <summary><c>RSA2</c> or <c>SHA256</c>.</summary>
    public string? SignType { get; init; }

    /// <summary>An absolute http(s) URL; empty removes it.</summary>
    public string? NotifyUrl { get; init; }

    /// <summary>The fee in basis points, 0 to 1000.</summary>
    public int? FeeRateBasisPoints { get; init; }

    /// <summary>Header-only reconciliation files for days without transactions.</summary>
    public bool? EmptyDayFiles { get; init; }

    /// <summary>An acquirer (indirect mode).</summary>
    public bool? Acquirer { get; init; }

    /// <summary>True issues a new SHA256 key (the old one stops working).</summary>
    public bool? IssueSha256Key { get; init; }
}
