using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.OpenApi.Functions;
using AlipayInStore.Gateway.Telemetry;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>
/// The checks every request passes, in order: raw envelope, clientId, signature, head rules, reqTime window,
/// function/path match; then the function's own body rules and the engine. Each refusal is a result, not an exception.
/// </summary>
internal sealed class ApiPipeline(GatewayDbContext db, MerchantCredentials credentials, SandboxClock clock, IOptions<ApiOptions> options)
{
    public async Task<ApiOutcome> ProcessAsync(ApiCall call, ReadOnlyMemory<byte> body, IServiceProvider services, CancellationToken ct)
    {
        if (!EnvelopeReader.TryRead(body, "request", out var envelope, out var envelopeError, options.Value.MaxBodyBytes))
        {
            return ApiOutcome.Error(ResultCodes.ParamIllegal, "The request is not a valid envelope: " + envelopeError);
        }
        call.Read(envelope);
        if (!EnvelopeReader.TryParse(envelope.Head, ProtocolJsonContext.Default.RequestHead, "head", out var head, out var headError))
        {
            return ApiOutcome.Error(ResultCodes.ParamIllegal, headError);
        }
        call.Headed(head);
        // Checked before the lookup: a clientId the database cannot hold (U+0000) must not reach it.
        if (RequestValidator.ValidateClientId(head.ClientId) is { } badClientId)
        {
            return ApiOutcome.Error(ResultCodes.ParamIllegal, badClientId.Message);
        }
        var merchant = await db.MerchantByClientIdAsync(head.ClientId ?? "", ct);
        if (merchant is null)
        {
            return ApiOutcome.Error(ResultCodes.ClientInvalid, $"No merchant has clientId {head.ClientId}");
        }
        return await IdentifiedAsync(call, merchant, services, ct);
    }

    private async Task<ApiOutcome> IdentifiedAsync(ApiCall call, Merchant merchant, IServiceProvider services, CancellationToken ct)
    {
        var head = call.Head!;
        var envelope = call.Envelope!;
        call.IdentifiedAs(merchant);
        if (head.SignType is not null && !SignTypes.IsKnown(head.SignType))
        {
            return ApiOutcome.Error(ResultCodes.ParamIllegal, "head.signType must be RSA2 or SHA256 (upper case)");
        }
        var signType = head.SignType ?? SignTypes.Rsa2;
        call.SignedWith(signType);
        if (signType != merchant.SignType)
        {
            return ApiOutcome.Error(ResultCodes.InvalidSignature,
                $"This merchant signs with {merchant.SignType} (its sign type setting, in the portal's Settings); head.signType says {signType}");
        }
        if (SignatureRefusal(call, merchant, signType, envelope) is { } badSignature)
        {
            return badSignature;
        }
        if (merchant.IsDisabled)
        {
            return ApiOutcome.Error(ResultCodes.MerchantDisabled, $"The merchant with clientId {merchant.ClientId} is disabled: its requests are refused, its history is kept");
        }
        if (RequestValidator.ValidateHead(head) is { } invalidHead)
        {
            return ApiOutcome.Error(ResultCodes.ParamIllegal, invalidHead.Message);
        }
        Rfc3339.TryParse(head.ReqTime, out var reqTime);
        // The replay window is measured on real time: advancing the sandbox clock must not lock merchants out.
        var skew = (clock.RealNow - reqTime).Duration();
        if (skew > options.Value.ReqTimeWindow)
        {
            return ApiOutcome.Error(ResultCodes.RequestTimeInvalid,
                $"head.reqTime {head.ReqTime} is {skew.TotalMinutes:0} minutes from the gateway's clock ({Rfc3339.Format(clock.RealNow)}); at most {options.Value.ReqTimeWindow.TotalMinutes:0} are allowed");
        }
        if (services.GetKeyedService<IApiFunction>(head.Function) is not { } function)
        {
            return ApiOutcome.Error(ResultCodes.ParamIllegal, $"head.function {head.Function} is not a function of this API");
        }
        if (call.PathFunction != head.Function)
        {
            return ApiOutcome.Error(ResultCodes.ParamIllegal, $"head.function {head.Function} does not match the path {call.Path}; it is served at {ApiFunctions.PathOf(head.Function!)}");
        }
        return await function.HandleAsync(call, ct);
    }

    private ApiOutcome? SignatureRefusal(ApiCall call, Merchant merchant, string signType, RawEnvelope envelope)
    {
        using var span = GatewayTelemetry.StartStep("verify");
        var verifier = credentials.VerifierFor(merchant, signType, out var problem);
        if (verifier is null)
        {
            call.Verified("no-key");
            return ApiOutcome.Error(ResultCodes.InvalidSignature, problem);
        }
        if (string.IsNullOrEmpty(envelope.Signature))
        {
            call.Verified("missing");
            return ApiOutcome.Error(ResultCodes.InvalidSignature, "The signature member is missing");
        }
        if (!verifier.Verify(envelope.SignedContent.Span, envelope.Signature, out var encoding))
        {
            call.Verified("invalid");
            return ApiOutcome.Error(ResultCodes.InvalidSignature,
                $"The {signType} signature does not verify over the exact text of the request member; sign those bytes as sent, with the key registered for this clientId");
        }
        call.Verified("valid", encoding);
        return null;
    }
}
