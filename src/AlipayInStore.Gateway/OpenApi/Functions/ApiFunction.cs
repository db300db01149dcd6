using System.Text.Json.Serialization.Metadata;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Telemetry;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.OpenApi.Functions;

/// <summary>
/// The steps every function takes, in order: parse the body, note its ids for the exchange, apply the field rules,
/// check the partner, admit (rules that depend on the merchant) into a validated command, run the engine.
/// Each refusal is a result, not an exception; the engine only ever sees a whole command.
/// </summary>
internal abstract class ApiFunction<TRequest, TResponse, TCommand>(JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo) : IApiFunction
{
    public async Task<ApiOutcome> HandleAsync(ApiCall call, CancellationToken ct)
    {
        if (!EnvelopeReader.TryParse(call.Envelope!.Body, requestInfo, "body", out var request, out var parseError))
        {
            return ApiOutcome.Error(ResultCodes.ParamIllegal, parseError);
        }
        var merchant = call.Merchant!;
        var partnerId = PartnerOf(request);
        call.Identify(partnerId, IdsOf(request));
        if (Validate(request) is { } invalid)
        {
            return ApiOutcome.Error(ResultCodes.ParamIllegal, invalid.Message);
        }
        if (partnerId != merchant.PartnerId)
        {
            return ApiOutcome.Error(ResultCodes.AccessDenied, $"partnerId {partnerId} does not belong to clientId {merchant.ClientId}");
        }
        var (command, refusal) = await AdmitAsync(merchant, request, ct);
        if (refusal is not null || command is null)
        {
            return ApiOutcome.Error(ResultCodes.ParamIllegal, refusal?.Message);
        }
        TResponse response;
        using (GatewayTelemetry.StartStep("engine"))
        {
            response = await RunAsync(merchant, command, ct);
        }
        var (result, acquirementId) = ResultOf(response);
        call.Acquired(acquirementId);
        return ApiOutcome.Of(response, responseInfo, result ?? ResultCodes.SystemError.ToInfo());
    }

    protected abstract string? PartnerOf(TRequest request);

    protected abstract RequestIds IdsOf(TRequest request);

    protected abstract ValidationError? Validate(TRequest request);

    /// <summary>The command a valid request makes for <paramref name="merchant"/>, or the rule it breaks.</summary>
    protected abstract Task<(TCommand? Command, ValidationError? Refusal)> AdmitAsync(Merchant merchant, TRequest request, CancellationToken ct);

    protected abstract Task<TResponse> RunAsync(Merchant merchant, TCommand command, CancellationToken ct);

    protected abstract (ResultInfo? Result, string? AcquirementId) ResultOf(TResponse response);

    protected static Task<(TCommand? Command, ValidationError? Refusal)> Admitted(TCommand command) =>
        Task.FromResult<(TCommand?, ValidationError?)>((command, null));
}
