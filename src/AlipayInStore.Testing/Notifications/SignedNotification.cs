using System.Net.Http.Headers;
using System.Text;

namespace AlipayInStore.Testing;

/// <summary>A signed notification envelope, ready to post to a receiver.</summary>
public sealed class SignedNotification
{
    internal SignedNotification(string function, string reqMsgId, byte[] body)
    {
        Function = function;
        ReqMsgId = reqMsgId;
        Body = body;
    }

    /// <summary><c>alipay.intl.acquiring.offline.notify.pay</c> or <c>alipay.intl.acquiring.common.notify.refund</c>.</summary>
    public string Function { get; }

    /// <summary>This delivery's <c>head.reqMsgId</c>.</summary>
    public string ReqMsgId { get; }

    /// <summary>The exact bytes to send (the signature covers them).</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The body as text.</summary>
    public string Text => Encoding.UTF8.GetString(Body.Span);

    /// <summary>The body as HTTP content, <c>application/json; charset=UTF-8</c> as the gateway sends it.</summary>
    public HttpContent ToHttpContent()
    {
        var content = new ReadOnlyMemoryContent(Body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");
        return content;
    }

    /// <summary>Posts the notification to <paramref name="url"/> and returns the receiver's answer.</summary>
    /// <param name="http">The client to send with, e.g. one from <c>WebApplicationFactory</c>.</param>
    /// <param name="url">The receiver's URL, e.g. <c>/alipay/notify</c>.</param>
    /// <param name="cancellationToken">Cancels the post.</param>
    public async Task<HttpResponseMessage> PostAsync(HttpClient http, string url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var content = ToHttpContent();
        return await http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
    }
}
