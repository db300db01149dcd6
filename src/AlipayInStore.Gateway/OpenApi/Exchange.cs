namespace AlipayInStore.Gateway.OpenApi;

/// <summary>One API exchange as it travelled, for the portal's inspector and the acceptance kit.</summary>
internal sealed class Exchange
{
    public const int TextMaxLength = 70000;
    public const int PathMaxLength = 512;

    /// <summary>Ids and codes are made at most this long when repaired, so their indexes take them on any database.</summary>
    public const int FieldMaxLength = 256;

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

    /// <summary>
    /// True when the database refused the exchange as it travelled and it was stored with its text made storable:
    /// U+0000 and unpaired surrogates written as <c>\uXXXX</c> text, over-long text cut (see <see cref="StorableText"/>).
    /// </summary>
    public bool Repaired { get; private set; }

    /// <summary>Rewrites every text so any database stores it, and marks the exchange <see cref="Repaired"/>.</summary>
    public void MakeStorable()
    {
        Path = StorableText.Of(Path, PathMaxLength)!;
        Function = StorableText.Of(Function, FieldMaxLength);
        ClientId = StorableText.Of(ClientId, FieldMaxLength);
        PartnerId = StorableText.Of(PartnerId, FieldMaxLength);
        MerchantTransId = StorableText.Of(MerchantTransId, FieldMaxLength);
        AcquirementId = StorableText.Of(AcquirementId, FieldMaxLength);
        MerchantRefundId = StorableText.Of(MerchantRefundId, FieldMaxLength);
        SignType = StorableText.Of(SignType, FieldMaxLength);
        RequestText = StorableText.Of(RequestText, TextMaxLength)!;
        SignedText = StorableText.Of(SignedText, TextMaxLength);
        ResponseText = StorableText.Of(ResponseText, TextMaxLength)!;
        ResultStatus = StorableText.Of(ResultStatus, FieldMaxLength)!;
        ResultCode = StorableText.Of(ResultCode, FieldMaxLength)!;
        Repaired = true;
    }
}
