using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.OpenApi.Functions;

/// <summary><c>alipay.intl.acquiring.offline.paycancel</c>: reverses a transaction of the business day.</summary>
internal sealed class PayCancelFunction(CancelService cancel)
    : ApiFunction<PayCancelRequest, PayCancelResponse, TransactionRef>(ProtocolJsonContext.Default.PayCancelRequest, ProtocolJsonContext.Default.PayCancelResponse)
{
    protected override string? PartnerOf(PayCancelRequest request) => request.PartnerId;

    protected override RequestIds IdsOf(PayCancelRequest request) => new(request.MerchantTransId, request.AcquirementId);

    protected override ValidationError? Validate(PayCancelRequest request) => RequestValidator.Validate(request);

    protected override Task<(TransactionRef? Command, ValidationError? Refusal)> AdmitAsync(Merchant merchant, PayCancelRequest request, CancellationToken ct) =>
        Admitted(new TransactionRef(request.AcquirementId, request.MerchantTransId));

    protected override Task<PayCancelResponse> RunAsync(Merchant merchant, TransactionRef command, CancellationToken ct) => cancel.CancelAsync(merchant, command, ct);

    protected override (ResultInfo? Result, string? AcquirementId) ResultOf(PayCancelResponse response) => (response.ResultInfo, response.AcquirementId);
}
