using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.OpenApi.Functions;

/// <summary><c>alipay.intl.acquiring.offline.payquery</c>: a transaction's status.</summary>
internal sealed class PayQueryFunction(QueryService query)
    : ApiFunction<PayQueryRequest, PayQueryResponse, TransactionRef>(ProtocolJsonContext.Default.PayQueryRequest, ProtocolJsonContext.Default.PayQueryResponse)
{
    protected override string? PartnerOf(PayQueryRequest request) => request.PartnerId;

    protected override RequestIds IdsOf(PayQueryRequest request) => new(request.MerchantTransId, request.AcquirementId);

    protected override ValidationError? Validate(PayQueryRequest request) => RequestValidator.Validate(request);

    protected override Task<(TransactionRef? Command, ValidationError? Refusal)> AdmitAsync(Merchant merchant, PayQueryRequest request, CancellationToken ct) =>
        Admitted(new TransactionRef(request.AcquirementId, request.MerchantTransId));

    protected override Task<PayQueryResponse> RunAsync(Merchant merchant, TransactionRef command, CancellationToken ct) => query.QueryAsync(merchant, command, ct);

    protected override (ResultInfo? Result, string? AcquirementId) ResultOf(PayQueryResponse response) => (response.ResultInfo, response.AcquirementId);
}
