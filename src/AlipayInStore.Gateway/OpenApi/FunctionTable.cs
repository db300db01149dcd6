using AlipayInStore.Gateway.Data;
using System.Text.Json.Serialization.Metadata;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Gateway.Refunds;
using AlipayInStore.Gateway.Telemetry;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>The functions: how each body is parsed, validated, owned, admitted and run (the five of the guide, and an acquirer's two).</summary>
internal static class FunctionTable
{
    public delegate Task<ApiOutcome> Handler(ApiCall call, IServiceProvider services, CancellationToken ct);

    public static IReadOnlyDictionary<string, Handler> Handlers { get; } = new Dictionary<string, Handler>(StringComparer.Ordinal)
    {
        [ApiFunctions.Pay] = Create(ProtocolJsonContext.Default.PayRequest, ProtocolJsonContext.Default.PayResponse,
            r => RequestValidator.Validate(r, directIntegration: false), r => r.PartnerId, (c, r) => (r.MerchantTransId, null, null), r => (r.ResultInfo, r.AcquirementId),
            (s, m, r, ct) => s.GetRequiredService<PayService>().PayAsync(m, r, ct),
            async (s, m, r, ct) => await SellerAdmission.AdmitAsync(s.GetRequiredService<GatewayDbContext>(), m, r.Order?.Seller, ct) is var (seller, error) && error is null
                ? (r with { Order = r.Order! with { Seller = seller } }, null) : (r, error)),
        [ApiFunctions.PreCreate] = Create(ProtocolJsonContext.Default.PreCreateRequest, ProtocolJsonContext.Default.PreCreateResponse,
            r => RequestValidator.Validate(r, directIntegration: false), r => r.PartnerId, (c, r) => (r.MerchantTransId, null, null), r => (r.ResultInfo, r.AcquirementId),
            (s, m, r, ct) => s.GetRequiredService<PreCreateService>().PreCreateAsync(m, r, ct),
            async (s, m, r, ct) => await SellerAdmission.AdmitAsync(s.GetRequiredService<GatewayDbContext>(), m, r.Order?.Seller, ct) is var (seller, error) && error is null
                ? (r with { Order = r.Order! with { Seller = seller } }, null) : (r, error)),
        [ApiFunctions.PayQuery] = Create(ProtocolJsonContext.Default.PayQueryRequest, ProtocolJsonContext.Default.PayQueryResponse,
            RequestValidator.Validate, r => r.PartnerId, (c, r) => (r.MerchantTransId, r.AcquirementId, null), r => (r.ResultInfo, r.AcquirementId),
            (s, m, r, ct) => s.GetRequiredService<QueryService>().QueryAsync(m, r, ct)),
        [ApiFunctions.PayCancel] = Create(ProtocolJsonContext.Default.PayCancelRequest, ProtocolJsonContext.Default.PayCancelResponse,
            RequestValidator.Validate, r => r.PartnerId, (c, r) => (r.MerchantTransId, r.AcquirementId, null), r => (r.ResultInfo, r.AcquirementId),
            (s, m, r, ct) => s.GetRequiredService<CancelService>().CancelAsync(m, r, ct)),
        [ApiFunctions.Refund] = Create(ProtocolJsonContext.Default.RefundRequest, ProtocolJsonContext.Default.RefundResponse,
            RequestValidator.Validate, r => r.PartnerId, (c, r) => (null, r.AcquirementId, r.MerchantRefundId), r => (r.ResultInfo, r.AcquirementId),
            (s, m, r, ct) => s.GetRequiredService<RefundService>().RefundAsync(m, r, ct)),
        [ApiFunctions.IndirectMerchantMaintain] = Create(ProtocolJsonContext.Default.IndirectMerchantMaintainRequest, ProtocolJsonContext.Default.IndirectMerchantMaintainResponse,
            IndirectMerchantRules.Validate, r => r.MerchantId, (c, r) => (null, null, null), r => (r.ResultInfo, null),
            (s, m, r, ct) => s.GetRequiredService<IndirectMerchantService>().MaintainAsync(m, r, ct)),
        [ApiFunctions.IndirectMerchantQuery] = Create(ProtocolJsonContext.Default.IndirectMerchantQueryRequest, ProtocolJsonContext.Default.IndirectMerchantQueryResponse,
            IndirectMerchantRules.Validate, r => r.MerchantId, (c, r) => (null, null, null), r => (r.ResultInfo, null),
            (s, m, r, ct) => s.GetRequiredService<IndirectMerchantService>().QueryAsync(m, r, ct)),
    };

    private static Handler Create<TRequest, TResponse>(
        JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo,
        Func<TRequest, ValidationError?> validate, Func<TRequest, string?> partnerOf,
        Func<ApiCall, TRequest, (string? MerchantTransId, string? AcquirementId, string? MerchantRefundId)> idsOf,
        Func<TResponse, (ResultInfo? Result, string? AcquirementId)> resultOf,
        Func<IServiceProvider, Merchant, TRequest, CancellationToken, Task<TResponse>> run,
        Func<IServiceProvider, Merchant, TRequest, CancellationToken, Task<(TRequest Request, ValidationError? Error)>>? admit = null) =>
        async (call, services, ct) =>
        {
            if (!EnvelopeReader.TryParse(call.Envelope!.Body, requestInfo, "body", out var request, out var parseError))
            {
                return ApiOutcome.Error(ResultCodes.ParamIllegal, parseError);
            }
            var (transId, acquirementId, refundId) = idsOf(call, request);
            call.Exchange.PartnerId = partnerOf(request);
            call.Exchange.MerchantTransId = transId;
            call.Exchange.AcquirementId = acquirementId;
            call.Exchange.MerchantRefundId = refundId;
            if (validate(request) is { } invalid)
            {
                return ApiOutcome.Error(ResultCodes.ParamIllegal, invalid.Message);
            }
            if (partnerOf(request) != call.Merchant!.PartnerId)
            {
                return ApiOutcome.Error(ResultCodes.AccessDenied, $"partnerId {partnerOf(request)} does not belong to clientId {call.Merchant.ClientId}");
            }
            if (admit is not null)
            {
                // Rules that depend on the merchant (who may be named as seller): refused like any bad field.
                var (admitted, refusal) = await admit(services, call.Merchant, request, ct);
                if (refusal is not null)
                {
                    return ApiOutcome.Error(ResultCodes.ParamIllegal, refusal.Message);
                }
                request = admitted;
            }
            TResponse response;
            using (GatewayTelemetry.StartStep("engine"))
            {
                response = await run(services, call.Merchant, request, ct);
            }
            var (result, acquired) = resultOf(response);
            call.Exchange.AcquirementId ??= acquired;
            return ApiOutcome.Of(response, responseInfo, result ?? ResultCodes.SystemError.ToInfo());
        };
}
