using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.OpenApi.Functions;

/// <summary><c>alipay.intl.acquiring.offline.precreate</c>: customer-scan.</summary>
internal sealed class PreCreateFunction(PreCreateService preCreate, GatewayDbContext db)
    : ApiFunction<PreCreateRequest, PreCreateResponse, PreCreateCommand>(ProtocolJsonContext.Default.PreCreateRequest, ProtocolJsonContext.Default.PreCreateResponse)
{
    protected override string? PartnerOf(PreCreateRequest request) => request.PartnerId;

    protected override RequestIds IdsOf(PreCreateRequest request) => new(request.MerchantTransId);

    protected override ValidationError? Validate(PreCreateRequest request) => RequestValidator.Validate(request, directIntegration: false);

    protected override async Task<(PreCreateCommand? Command, ValidationError? Refusal)> AdmitAsync(Merchant merchant, PreCreateRequest request, CancellationToken ct)
    {
        var (seller, refusal) = await SellerAdmission.AdmitAsync(db, merchant, request.Order!.Seller, ct);
        if (refusal is not null)
        {
            return (null, refusal);
        }
        DateTimeOffset? expiry = request.ExpiryTime is not null && Rfc3339.TryParse(request.ExpiryTime, out var asked) ? asked : null;
        return (new PreCreateCommand(request.MerchantTransId!, OrderDetails.From(request.Order with { Seller = seller }), request.NotifyUrl, expiry), null);
    }

    protected override Task<PreCreateResponse> RunAsync(Merchant merchant, PreCreateCommand command, CancellationToken ct) =>
        preCreate.PreCreateAsync(merchant, command, ct);

    protected override (ResultInfo? Result, string? AcquirementId) ResultOf(PreCreateResponse response) => (response.ResultInfo, response.AcquirementId);
}
