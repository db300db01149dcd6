namespace AlipayInStore.Gateway.OpenApi;

/// <summary>One API exchange as it travelled, for the portal's inspector and the acceptance kit.</summary>
internal sealed class Exchange
{
    private Exchange()
    {
    }

    public Exchange(DateTimeOffset at, string path)
    {
        At = at;
        Path = path;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Path { get; private set; } = "";
    public string? Function { get; set; }
    public string? ClientId { get; set; }
    public long? MerchantId { get; set; }
    public string? PartnerId { get; set; }
    public string? MerchantTransId { get; set; }
    public string? AcquirementId { get; set; }
    public string? MerchantRefundId { get; set; }
    public string RequestText { get; set; } = "";
    public string? SignedText { get; set; }
    public string? SignType { get; set; }

    /// <summary><c>valid</c>, <c>invalid</c>, <c>missing</c> or <c>not-checked</c>.</summary>
    public string Verification { get; set; } = "not-checked";
    public string ResponseText { get; set; } = "";
    public string ResultStatus { get; set; } = "";
    public string ResultCode { get; set; } = "";
    public double DurationMs { get; set; }
}
