using AlipayInStore.Client;
using AlipayInStore.Client.Notifications;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the endpoint that receives the gateway's notifications.</summary>
public static class AlipayNotificationEndpointExtensions
{
    /// <summary>
    /// Receives notifications at <paramref name="path"/> (POST): verifies the gateway's signature on the raw body, parses
    /// notify.pay and notify.refund, calls <paramref name="handler"/> once per notification (duplicates are acknowledged
    /// without calling it again, see <see cref="IAlipayNotificationStore"/>), and answers the acknowledgement signed with
    /// the merchant's key. A bad signature or a throwing handler gets a non-success answer, so the gateway delivers again.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="path">The path, e.g. <c>/alipay/notify</c>; the notify URL is the site's base URL plus this path.</param>
    /// <param name="handler">Your code: record the payment or refund. Throw to have the gateway deliver again later.</param>
    /// <param name="name">The merchant name given to <c>AddAlipayInStore</c>; the default merchant when empty.</param>
    public static IEndpointConventionBuilder MapAlipayNotifications(
        this IEndpointRouteBuilder endpoints, string path, Func<AlipayNotification, CancellationToken, Task> handler, string name = "")
    {
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapAlipayNotifications(path, (n, _, ct) => handler(n, ct), name);
    }

    /// <summary>Like the other overload; the handler also gets the request's services to resolve scoped dependencies.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="path">The path, e.g. <c>/alipay/notify</c>.</param>
    /// <param name="handler">Your code, with the request's <see cref="IServiceProvider"/>.</param>
    /// <param name="name">The merchant name given to <c>AddAlipayInStore</c>; the default merchant when empty.</param>
    public static IEndpointConventionBuilder MapAlipayNotifications(
        this IEndpointRouteBuilder endpoints, string path, Func<AlipayNotification, IServiceProvider, CancellationToken, Task> handler, string name = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapPost(path, (HttpContext context) => NotificationEndpoint.HandleAsync(context, name, handler));
    }
}
