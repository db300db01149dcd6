using AlipayInStore.Gateway.Telemetry;

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

    /// <summary>The record of <paramref name="call"/> as it travelled: what came in, what went out, how long it took.</summary>
    public static Exchange Of(ApiCall call, string requestText, string responseText, Protocol.Wire.ResultInfo result, double durationMs) => new()
    {
        At = call.At,
        Path = call.Path,
        Function = call.Head?.Function,
        ClientId = call.Head?.ClientId,
        MerchantId = call.Merchant?.Id,
        PartnerId = call.PartnerId,
        MerchantTransId = call.Ids.MerchantTransId,
        AcquirementId = call.Ids.AcquirementId,
        MerchantRefundId = call.Ids.MerchantRefundId,
        RequestText = requestText,
        SignedText = call.Envelope?.SignedText,
        SignType = call.SignType,
        Verification = call.Verification,
        ResponseText = responseText,
        ResultStatus = result.ResultStatus ?? "",
        ResultCode = result.ResultCode ?? "",
        DurationMs = durationMs,
    };

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Path { get; private set; } = "";
    public string? Function { get; private set; }
    public string? ClientId { get; private set; }
    public long? MerchantId { get; private set; }
    public string? PartnerId { get; private set; }
    public string? MerchantTransId { get; private set; }
    public string? AcquirementId { get; private set; }
    public string? MerchantRefundId { get; private set; }
    public string RequestText { get; private set; } = "";
    public string? SignedText { get; private set; }
    public string? SignType { get; private set; }

    /// <summary><c>valid</c>, <c>invalid</c>, <c>missing</c> or <c>not-checked</c>.</summary>
    public string Verification { get; private set; } = "not-checked";
    public string ResponseText { get; private set; } = "";
    public string ResultStatus { get; private set; } = "";
    public string ResultCode { get; private set; } = "";
    public double DurationMs { get; private set; }

    /// <summary>
    /// True when the database refused the exchange as it travelled and it was stored with its text made storable:
    /// U+0000 and unpaired surrogates written as <c>\uXXXX</c> text, over-long text cut (see <see cref="StorableText"/>).
    /// </summary>
    public bool Repaired { get; private set; }

    /// <summary>What telemetry reports of this exchange.</summary>
    public ExchangeSummary Summary() =>
        new(At, Function, ClientId, ResultStatus, ResultCode, Verification, DurationMs, MerchantTransId, AcquirementId, MerchantRefundId);

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
