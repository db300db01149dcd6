using System.Net.Http.Headers;

namespace AlipayInStore.Benchmarks;

/// <summary>Answers every request with the same pre-signed response bytes: the network and the gateway's own cost are excluded.</summary>
internal sealed class PreSignedHandler(byte[] response) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(response);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
