using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Refunds;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.OpenApi.Functions;

/// <summary><c>alipay.intl.acquiring.common.refund</c>.</summary>
internal sealed class RefundFunction(RefundService refunds)
    : ApiFunction<RefundRequest, RefundResponse, RefundCommand>(ProtocolJsonContext.Default.RefundRequest, ProtocolJsonContext.Default.RefundResponse)
{
    protected override string? PartnerOf(RefundRequest request) => request.PartnerId;

    protected override RequestIds IdsOf(RefundRequest request) => new(AcquirementId: request.AcquirementId, MerchantRefundId: request.MerchantRefundId);

    protected override ValidationError? Validate(RefundRequest request) => RequestValidator.Validate(request);

    protected override Task<(RefundCommand? Command, ValidationError? Refusal)> AdmitAsync(Merchant merchant, RefundRequest request, CancellationToken ct) =>
        Money.TryParse(request.RefundAmount, out var amount, out var error)
            ? Admitted(new RefundCommand(request.AcquirementId!, request.MerchantRefundId!, amount, request.RefundReason, request.IsSync ?? false, request.NotifyUrl))
            : Task.FromResult<(RefundCommand?, ValidationError?)>((null, new ValidationError("body.refundAmount." + error.Field, error.Rule)));

    protected override Task<RefundResponse> RunAsync(Merchant merchant, RefundCommand command, CancellationToken ct) => refunds.RefundAsync(merchant, command, ct);

    protected override (ResultInfo? Result, string? AcquirementId) ResultOf(RefundResponse response) => (response.ResultInfo, response.AcquirementId);
}
