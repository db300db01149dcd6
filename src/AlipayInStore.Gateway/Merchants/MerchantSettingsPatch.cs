namespace AlipayInStore.Gateway.Merchants;

/// <summary>Settings to change (control API PATCH, portal Settings); a null member keeps its value.</summary>
internal sealed record MerchantSettingsPatch
{
    public string? Name { get; init; }
    public string? SignType { get; init; }

    /// <summary>An absolute http(s) URL; empty removes it.</summary>
    public string? NotifyUrl { get; init; }
    public int? FeeRateBasisPoints { get; init; }
    public bool? EmptyDayFiles { get; init; }
    public bool? Acquirer { get; init; }

    /// <summary>True issues a new SHA256 key (the old one stops working).</summary>
    public bool? IssueSha256Key { get; init; }
}
