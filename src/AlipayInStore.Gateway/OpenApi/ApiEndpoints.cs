using System.Diagnostics;
using System.Text;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Gateway.Telemetry;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>Maps the five functions at their real paths (and every other /api path to a refusal); always answers an envelope.</summary>
internal static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapOpenApi(this IEndpointRouteBuilder app)
    {
        // The documented lower-case paths; ASP.NET Core matches routes without regard to letter case, so the
        // camel-case spellings an earlier contract used (payQuery.htm, payCancel.htm) keep being served (PathTests).
        foreach (var (function, path) in ApiFunctions.Paths)
        {
            app.MapPost(path, (HttpContext http) => HandleAsync(http, function));
        }
        app.MapPost("/api/{**rest}", (HttpContext http) => HandleAsync(http, null));
        return app;
    }

    private static async Task HandleAsync(HttpContext http, string? pathFunction)
    {
        var services = http.RequestServices;
        var clock = services.GetRequiredService<TimeProvider>();
        var options = services.GetRequiredService<IOptions<ApiOptions>>().Value;
        var started = Stopwatch.GetTimestamp();
        using var span = GatewayTelemetry.StartPipeline(http, pathFunction);
        var call = new ApiCall(clock.GetUtcNow(), http.Request.Path, pathFunction);
        var body = await RequestBody.ReadAsync(http.Request, options.MaxBodyBytes, http.RequestAborted);
        ApiOutcome outcome;
        try
        {
            outcome = body.OverLimit
                ? ApiOutcome.Error(ResultCodes.ParamIllegal, $"The request body is over the limit of {options.MaxBodyBytes} bytes")
                : pathFunction is null
                    ? ApiOutcome.Error(ResultCodes.ParamIllegal, $"No function is served at {http.Request.Path}")
                    : await services.GetRequiredService<ApiPipeline>().ProcessAsync(call, body.Bytes, services, http.RequestAborted);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            Log.ApiUnexpected(services.GetRequiredService<ILogger<ApiPipeline>>(), http.Request.Path, ex);
            outcome = ApiOutcome.Error(ResultCodes.SystemError, "Unexpected error: query the transaction, then decide");
        }
        var bytes = outcome.Write(ResponseHeadFor(call, clock, services.GetRequiredService<BusinessDay>()), SignerFor(call, services), call.Encoding).Bytes;
        if (call.Merchant is { } merchant && call.Head?.Function == ApiFunctions.Pay)
        {
            bytes = await services.GetRequiredService<IPayAnswerTamper>().ApplyAsync(merchant.Id, bytes, CancellationToken.None);
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=UTF-8";
        await http.Response.Body.WriteAsync(bytes, CancellationToken.None);

        var exchange = Exchange.Of(call, Encoding.UTF8.GetString(body.Bytes.Span), Encoding.UTF8.GetString(bytes), outcome.Result,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var summary = exchange.Summary();
        GatewayTelemetry.PipelineEnded(span, summary);
        services.GetRequiredService<ExchangeRecorder>().Record(exchange);
        services.GetRequiredService<ExchangeFeed>().Publish(summary);
    }

    private static Protocol.Signing.IMessageSigner? SignerFor(ApiCall call, IServiceProvider services) =>
        call.Merchant is null ? null : services.GetRequiredService<MerchantCredentials>().SignerFor(call.Merchant);

    private static ResponseHead ResponseHeadFor(ApiCall call, TimeProvider clock, BusinessDay day) => new()
    {
        Version = ApiFunctions.Version,
        Function = call.Head?.Function ?? call.PathFunction,
        ClientId = call.Head?.ClientId,
        RespTime = Rfc3339.Format(clock.GetUtcNow(), day.Offset),
        ReqMsgId = call.Head?.ReqMsgId,
    };
}
