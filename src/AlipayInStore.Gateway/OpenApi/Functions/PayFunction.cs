using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.OpenApi.Functions;

/// <summary><c>alipay.intl.acquiring.offline.pay</c>: merchant-scan.</summary>
internal sealed class PayFunction(PayService pay, GatewayDbContext db)
    : ApiFunction<PayRequest, PayResponse, PayCommand>(ProtocolJsonContext.Default.PayRequest, ProtocolJsonContext.Default.PayResponse)
{
    protected override string? PartnerOf(PayRequest request) => request.PartnerId;

    protected override RequestIds IdsOf(PayRequest request) => new(request.MerchantTransId);

    protected override ValidationError? Validate(PayRequest request) => RequestValidator.Validate(request, directIntegration: false);

    protected override async Task<(PayCommand? Command, ValidationError? Refusal)> AdmitAsync(Merchant merchant, PayRequest request, CancellationToken ct)
    {
        var (seller, refusal) = await SellerAdmission.AdmitAsync(db, merchant, request.Order!.Seller, ct);
        return refusal is not null
            ? (null, refusal)
            : (new PayCommand(request.MerchantTransId!, request.IdentityCode!, OrderDetails.From(request.Order with { Seller = seller }), request.NotifyUrl), null);
    }

    protected override Task<PayResponse> RunAsync(Merchant merchant, PayCommand command, CancellationToken ct) => pay.PayAsync(merchant, command, ct);

    protected override (ResultInfo? Result, string? AcquirementId) ResultOf(PayResponse response) => (response.ResultInfo, response.AcquirementId);
}
