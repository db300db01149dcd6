using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.OpenApi.Functions;

/// <summary>An acquirer reads back a secondary merchant it registered.</summary>
internal sealed class IndirectMerchantQueryFunction(IndirectMerchantService merchants)
    : ApiFunction<IndirectMerchantQueryRequest, IndirectMerchantQueryResponse, IndirectMerchantQueryRequest>(
        ProtocolJsonContext.Default.IndirectMerchantQueryRequest, ProtocolJsonContext.Default.IndirectMerchantQueryResponse)
{
    protected override string? PartnerOf(IndirectMerchantQueryRequest request) => request.MerchantId;

    protected override RequestIds IdsOf(IndirectMerchantQueryRequest request) => default;

    protected override ValidationError? Validate(IndirectMerchantQueryRequest request) => IndirectMerchantRules.Validate(request);

    protected override Task<(IndirectMerchantQueryRequest? Command, ValidationError? Refusal)> AdmitAsync(
        Merchant merchant, IndirectMerchantQueryRequest request, CancellationToken ct) => Admitted(request);

    protected override Task<IndirectMerchantQueryResponse> RunAsync(Merchant merchant, IndirectMerchantQueryRequest command, CancellationToken ct) =>
        merchants.QueryAsync(merchant, command, ct);

    protected override (ResultInfo? Result, string? AcquirementId) ResultOf(IndirectMerchantQueryResponse response) => (response.ResultInfo, null);
}
