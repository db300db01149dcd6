using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Client;

/// <summary>Creates and caches one <see cref="AlipayInStoreClient"/> per configured merchant name; registered by <c>AddAlipayInStore</c>.</summary>
public sealed class AlipayInStoreClientFactory
{
    private readonly ConcurrentDictionary<string, Lazy<AlipayInStoreClient>> _clients = new(StringComparer.Ordinal);
    private readonly IHttpClientFactory _httpClients;
    private readonly IOptionsMonitor<AlipayInStoreOptions> _options;
    private readonly TimeProvider _time;
    private readonly PaymentSignals _signals;
    private readonly ILoggerFactory? _loggers;

    /// <summary>Created by dependency injection.</summary>
    public AlipayInStoreClientFactory(IHttpClientFactory httpClients, IOptionsMonitor<AlipayInStoreOptions> options, TimeProvider time, PaymentSignals signals, ILoggerFactory? loggers = null)
    {
        _loggers = loggers;
        _httpClients = httpClients;
        _options = options;
        _time = time;
        _signals = signals;
    }

    /// <summary>The name of the <see cref="HttpClient"/> used for merchant <paramref name="name"/>.</summary>
    public static string HttpClientName(string name) => "AlipayInStore:" + name;

    /// <summary>The client of merchant <paramref name="name"/> (<see cref="Options.DefaultName"/>, the empty string, for the default one).</summary>
    public AlipayInStoreClient Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _clients.GetOrAdd(name, n => new Lazy<AlipayInStoreClient>(() =>
            new AlipayInStoreClient(() => _httpClients.CreateClient(HttpClientName(n)), _options.Get(n), _time, _signals,
                _loggers?.CreateLogger<AlipayInStoreClient>()))).Value;
    }
}
