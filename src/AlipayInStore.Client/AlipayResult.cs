using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client;

/// <summary>
/// A verified answer of the gateway: the outcome (<c>resultStatus</c>, code, message) and the typed body.
/// Business failures are values here, never exceptions.
/// </summary>
/// <typeparam name="TBody">The response body record, e.g. <see cref="PayResponse"/>.</typeparam>
public sealed class AlipayResult<TBody>
    where TBody : class
{
    internal AlipayResult(TBody body, ResultInfo? info, ResponseHead head, int attempts)
    {
        Body = body;
        Head = head;
        ResultStatus = info?.ResultStatus ?? ResultStatuses.Unknown;
        ResultCode = info?.ResultCode ?? "UNKNOWN_EXCEPTION";
        ResultCodeId = info?.ResultCodeId;
        ResultMessage = info?.ResultMsg;
        Attempts = attempts;
    }

    /// <summary><c>S</c> success, <c>F</c> failed (final), <c>U</c> unknown (query, then decide). A body without <c>resultInfo</c> counts as <c>U</c>.</summary>
    public string ResultStatus { get; }

    /// <summary>The result code, e.g. <c>SUCCESS</c>, <c>PARAM_ILLEGAL</c>, <c>USER_PAYING</c>.</summary>
    public string ResultCode { get; }

    /// <summary>The 8-digit result code id, <c>00000000</c> for success.</summary>
    public string? ResultCodeId { get; }

    /// <summary>Human text; for <c>PARAM_ILLEGAL</c> it names the field and the rule broken.</summary>
    public string? ResultMessage { get; }

    /// <summary>The typed response body, verified against the gateway's signature.</summary>
    public TBody Body { get; }

    /// <summary>The response head (function, clientId, respTime, echoed reqMsgId).</summary>
    public ResponseHead Head { get; }

    /// <summary>How many HTTP attempts the call took (1 when the first one answered).</summary>
    public int Attempts { get; }

    /// <summary>True when <see cref="ResultStatus"/> is <c>S</c>.</summary>
    public bool IsSuccess => ResultStatus == ResultStatuses.Success;

    /// <summary>True when <see cref="ResultStatus"/> is <c>F</c>: failed and final.</summary>
    public bool IsFailed => ResultStatus == ResultStatuses.Failed;

    /// <summary>True when <see cref="ResultStatus"/> is <c>U</c>: the outcome is not known yet.</summary>
    public bool IsUnknown => !IsSuccess && !IsFailed;

    /// <inheritdoc />
    public override string ToString() => $"{ResultStatus}/{ResultCode}: {ResultMessage}";
}
