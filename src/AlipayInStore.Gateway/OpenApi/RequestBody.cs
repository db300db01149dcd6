using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>Reads a request body up to a limit without trusting Content-Length; never throws on a broken body.</summary>
internal readonly record struct RequestBody(ReadOnlyMemory<byte> Bytes, bool OverLimit)
{
    public static async Task<RequestBody> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(limit + 1, 16 * 1024));
        while (buffer.WrittenCount <= limit)
        {
            int read;
            try
            {
                read = await request.Body.ReadAsync(buffer.GetMemory(4096), ct);
            }
            catch (BadHttpRequestException)
            {
                // A malformed chunk or a stalled upload: what arrived is judged as it is (it is not an envelope),
                // so the caller still gets PARAM_ILLEGAL in an envelope rather than the host's error page.
                return new RequestBody(buffer.WrittenMemory, OverLimit: false);
            }
            if (read == 0)
            {
                return new RequestBody(buffer.WrittenMemory, OverLimit: false);
            }
            buffer.Advance(read);
        }
        return new RequestBody(buffer.WrittenMemory[..Math.Min(buffer.WrittenCount, 1024)], OverLimit: true);
    }
}
