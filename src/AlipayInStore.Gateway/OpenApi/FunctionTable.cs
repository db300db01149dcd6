using AlipayInStore.Gateway.OpenApi.Functions;
using AlipayInStore.Protocol.Wire;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>The functions this API serves (the five of the guide, and an acquirer's two), each a scoped service keyed by its name.</summary>
internal static class FunctionTable
{
    public static IServiceCollection AddApiFunctions(this IServiceCollection services) => services
        .AddKeyedScoped<IApiFunction, PayFunction>(ApiFunctions.Pay)
        .AddKeyedScoped<IApiFunction, PreCreateFunction>(ApiFunctions.PreCreate)
        .AddKeyedScoped<IApiFunction, PayQueryFunction>(ApiFunctions.PayQuery)
        .AddKeyedScoped<IApiFunction, PayCancelFunction>(ApiFunctions.PayCancel)
        .AddKeyedScoped<IApiFunction, RefundFunction>(ApiFunctions.Refund)
        .AddKeyedScoped<IApiFunction, IndirectMerchantMaintainFunction>(ApiFunctions.IndirectMerchantMaintain)
        .AddKeyedScoped<IApiFunction, IndirectMerchantQueryFunction>(ApiFunctions.IndirectMerchantQuery);
}
