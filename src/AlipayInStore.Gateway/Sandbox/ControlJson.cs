using System.Text.Json;
using System.Text.Json.Serialization;
using AlipayInStore.Gateway.Hosting;
using Microsoft.AspNetCore.Http;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Reads a control API body: camelCase JSON, unknown members refused, each error naming the member.</summary>
internal static class ControlJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 16,
    };

    public const int MaxBodyBytes = 64 * 1024;

    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class, new()
    {
        if (request.ContentLength is > MaxBodyBytes)
        {
            return (null, Bad($"the body must be at most {MaxBodyBytes} bytes of JSON"));
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBodyBytes)
        {
            return (null, Bad($"the body must be at most {MaxBodyBytes} bytes of JSON"));
        }
        if (buffer.Length == 0)
        {
            return (new T(), null);
        }
        try
        {
            return (JsonSerializer.Deserialize<T>(buffer.ToArray(), Options) ?? new T(), null);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "body";
            var rule = e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "is not a known member" : "must be JSON of the documented type";
            return (null, Bad($"{(field.Length == 0 ? "body" : field)} {rule} ({e.Message.Split(". Path")[0]})"));
        }
    }

    public static IResult Bad(string message) => Results.Json(new SandboxError(message), statusCode: 400);
}
