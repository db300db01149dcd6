using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>
/// The base URL buyers and merchants reach the gateway at (QR codes, portal links, the CLI profile):
/// <c>Gateway:PublicBaseUrl</c> when set, else the address Kestrel actually bound (so port 0 gives the real port),
/// with a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>) read as 127.0.0.1.
/// </summary>
internal sealed class PublicAddress(IOptions<GatewayOptions> options, IServer server)
{
    private string? _bound;

    public string BaseUrl => options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured.TrimEnd('/') : _bound ??= Bound() ?? "http://127.0.0.1:8080";

    /// <summary>True when the URL comes from the listening address rather than from configuration.</summary>
    public bool IsDerived => options.Value.PublicBaseUrl is not { Length: > 0 };

    private string? Bound()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+:", "://0.0.0.0:", StringComparison.Ordinal).Replace("://*:", "://0.0.0.0:", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Port == 0)
        {
            return null; // not listening yet: do not remember a guess
        }
        var host = IsWildcard(uri.Host) ? "127.0.0.1" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.ToString().TrimEnd('/');
    }

    public static bool IsWildcard(string host) => host is "0.0.0.0" or "[::]" or "::" or "*" or "+";
}
