using AlipayInStore.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers merchants' <see cref="AlipayInStoreClient"/>s over <see cref="IHttpClientFactory"/>.</summary>
public static class AlipayInStoreServiceCollectionExtensions
{
    /// <summary>Registers the default merchant, configured in code; resolve <see cref="AlipayInStoreClient"/>.</summary>
    /// <remarks>The keys are checked when the host starts (see <see cref="KeyDiagnostics"/>): a wrong or mixed-up key stops the start with a plain message.</remarks>
    /// <returns>The named HTTP client's builder, to add handlers or settings.</returns>
    public static IHttpClientBuilder AddAlipayInStore(this IServiceCollection services, Action<AlipayInStoreOptions> configure) =>
        services.AddAlipayInStore(Options.Options.DefaultName, configure);

    /// <summary>Registers the default merchant, bound from a configuration section (e.g. <c>AlipayInStore</c>).</summary>
    public static IHttpClientBuilder AddAlipayInStore(this IServiceCollection services, IConfiguration section) =>
        services.AddAlipayInStore(Options.Options.DefaultName, section);

    /// <summary>Registers merchant <paramref name="name"/>, bound from a configuration section; resolve it as a keyed service or through <see cref="AlipayInStoreClientFactory"/>.</summary>
    public static IHttpClientBuilder AddAlipayInStore(this IServiceCollection services, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<AlipayInStoreOptions>(name).Bind(section).ValidateOnStart();
        return services.AddAlipayInStoreCore(name);
    }

    /// <summary>Registers merchant <paramref name="name"/>, configured in code; resolve it as a keyed service or through <see cref="AlipayInStoreClientFactory"/>.</summary>
    public static IHttpClientBuilder AddAlipayInStore(this IServiceCollection services, string name, Action<AlipayInStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AlipayInStoreOptions>(name).Configure(configure).ValidateOnStart();
        return services.AddAlipayInStoreCore(name);
    }

    /// <summary>
    /// Registers merchant <paramref name="name"/> from options built in code (e.g. read from a profile); a copy is
    /// registered (<see cref="AlipayInStoreOptions.Clone"/>), so later changes to <paramref name="options"/> are not seen.
    /// Use <see cref="Options.Options.DefaultName"/> for the default merchant.
    /// </summary>
    public static IHttpClientBuilder AddAlipayInStore(this IServiceCollection services, string name, AlipayInStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var copy = options.Clone();
        return services.AddAlipayInStore(name, copy.CopyTo);
    }

    private static IHttpClientBuilder AddAlipayInStoreCore(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PaymentSignals>();
        services.TryAddSingleton<AlipayInStoreClientFactory>();
        services.TryAddSingleton<IAlipayNotificationStore, InMemoryNotificationStore>();
        services.AddSingleton<IValidateOptions<AlipayInStoreOptions>>(new AlipayInStoreOptionsValidator(name));
        services.AddKeyedSingleton(name, static (sp, key) => sp.GetRequiredService<AlipayInStoreClientFactory>().Get((string)key!));
        if (name == Options.Options.DefaultName)
        {
            services.TryAddSingleton(static sp => sp.GetRequiredService<AlipayInStoreClientFactory>().Get(Options.Options.DefaultName));
        }
        // Each attempt has its own timeout (AlipayInStoreOptions.RequestTimeout), driven by the TimeProvider.
        return services.AddHttpClient(AlipayInStoreClientFactory.HttpClientName(name), static c => c.Timeout = Timeout.InfiniteTimeSpan);
    }
}
