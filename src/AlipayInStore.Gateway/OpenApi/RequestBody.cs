using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>Reads a request body up to a limit without trusting Content-Length.</summary>
internal readonly record struct RequestBody(ReadOnlyMemory<byte> Bytes, bool OverLimit)
{
    public static async Task<RequestBody> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(limit + 1, 16 * 1024));
        while (buffer.WrittenCount <= limit)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(4096), ct);
            if (read == 0)
            {
                return new RequestBody(buffer.WrittenMemory, OverLimit: false);
            }
            buffer.Advance(read);
        }
        return new RequestBody(buffer.WrittenMemory[..Math.Min(buffer.WrittenCount, 1024)], OverLimit: true);
    }
}
