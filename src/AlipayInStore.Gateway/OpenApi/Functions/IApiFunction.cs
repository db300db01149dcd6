namespace AlipayInStore.Gateway.OpenApi.Functions;

/// <summary>One function of the API, served for a request whose envelope, caller and signature the pipeline accepted.</summary>
internal interface IApiFunction
{
    Task<ApiOutcome> HandleAsync(ApiCall call, CancellationToken ct);
}
