using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Protocol.Results;

/// <summary>One result code of the catalog: its status, its 8-digit id and a default message.</summary>
/// <param name="Code">The <c>resultCode</c>, e.g. <c>PARAM_ILLEGAL</c>.</param>
/// <param name="Status"><c>S</c>, <c>F</c> or <c>U</c>.</param>
/// <param name="CodeId">The fixed 8-digit <c>resultCodeId</c>.</param>
/// <param name="DefaultMessage">The message used when no more specific one is given.</param>
public sealed record ResultCode(string Code, string Status, string CodeId, string DefaultMessage)
{
    /// <summary>The wire <c>resultInfo</c> for this code.</summary>
    public ResultInfo ToInfo(string? message = null) => new()
    {
        ResultStatus = Status,
        ResultCodeId = CodeId,
        ResultCode = Code,
        ResultMsg = message ?? DefaultMessage,
    };

    /// <summary>True for <c>SUCCESS</c>.</summary>
    public bool IsSuccess => Status == ResultStatuses.Success;
}
