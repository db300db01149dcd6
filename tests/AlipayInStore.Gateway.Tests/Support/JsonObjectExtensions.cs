using System.Text.Json.Nodes;

namespace AlipayInStore.Gateway.Tests.Support;

internal static class JsonObjectExtensions
{
    /// <summary>Changes <paramref name="body"/> in place and returns it, for bodies written inline.</summary>
    public static JsonObject Also(this JsonObject body, Action<JsonObject> change)
    {
        change(body);
        return body;
    }
}
