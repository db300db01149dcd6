using AlipayInStore.Client;
using AlipayInStore.Client.Sandbox;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Observe;

/// <summary>What a trigger runs with: the SDK configured from the CLI profile, the control API, and a buyer's test code.</summary>
internal sealed class TriggerContext(AlipayInStoreOptions options, SandboxControlClient control, string buyerCode) : IDisposable
{
    /// <summary>Polls quickly: a trigger shows the situation in seconds, not the minute a real till would wait.</summary>
    public static readonly PaymentFlowOptions QuickFlow = new()
    {
        PollInterval = TimeSpan.FromSeconds(1),
        PollDuration = TimeSpan.FromSeconds(90),
        CancelInterval = TimeSpan.FromSeconds(1),
    };

    private readonly List<HttpClient> _http = [];

    public AlipayInStoreOptions Options { get; } = options;
    public SandboxControlClient Control { get; } = control;
    public string BuyerCode { get; } = buyerCode;

    /// <summary>A client as the profile configures it, or with a shorter timeout and fewer attempts.</summary>
    public AlipayInStoreClient Client(TimeSpan? requestTimeout = null, int? maxAttempts = null)
    {
        var o = Options.Clone();
        o.RequestTimeout = requestTimeout ?? o.RequestTimeout;
        o.MaxAttempts = maxAttempts ?? o.MaxAttempts;
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _http.Add(http);
        return new AlipayInStoreClient(http, o);
    }

    public static string NewTransId(string name) => "TRG-" + name.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant()[..Math.Min(8, name.Replace("-", "", StringComparison.Ordinal).Length)] + "-" + Guid.NewGuid().ToString("N")[..12];

    public PayRequest Pay(string transId, string minorUnits, string title) => new()
    {
        MerchantTransId = transId,
        IdentityCode = BuyerCode,
        Order = new Order { OrderTitle = title, OrderAmount = new Amount { Currency = "USD", Value = minorUnits } },
    };

    public void Dispose()
    {
        foreach (var http in _http)
        {
            http.Dispose();
        }
        Control.Dispose();
    }
}
