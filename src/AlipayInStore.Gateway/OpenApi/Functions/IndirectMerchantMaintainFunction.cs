using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.OpenApi.Functions;

/// <summary>An acquirer registers or updates a secondary merchant and its stores.</summary>
internal sealed class IndirectMerchantMaintainFunction(IndirectMerchantService merchants)
    : ApiFunction<IndirectMerchantMaintainRequest, IndirectMerchantMaintainResponse, IndirectMerchantMaintainRequest>(
        ProtocolJsonContext.Default.IndirectMerchantMaintainRequest, ProtocolJsonContext.Default.IndirectMerchantMaintainResponse)
{
    protected override string? PartnerOf(IndirectMerchantMaintainRequest request) => request.MerchantId;

    protected override RequestIds IdsOf(IndirectMerchantMaintainRequest request) => default;

    protected override ValidationError? Validate(IndirectMerchantMaintainRequest request) => IndirectMerchantRules.Validate(request);

    protected override Task<(IndirectMerchantMaintainRequest? Command, ValidationError? Refusal)> AdmitAsync(
        Merchant merchant, IndirectMerchantMaintainRequest request, CancellationToken ct) => Admitted(request);

    protected override Task<IndirectMerchantMaintainResponse> RunAsync(Merchant merchant, IndirectMerchantMaintainRequest command, CancellationToken ct) =>
        merchants.MaintainAsync(merchant, command, ct);

    protected override (ResultInfo? Result, string? AcquirementId) ResultOf(IndirectMerchantMaintainResponse response) => (response.ResultInfo, null);
}
