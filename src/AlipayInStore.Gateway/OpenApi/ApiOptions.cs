namespace AlipayInStore.Gateway.OpenApi;

/// <summary>Limits of the open API's requests (section <c>Gateway</c>, the keys they had before they moved here).</summary>
internal sealed class ApiOptions
{
    /// <summary>The largest request body read; a larger one is refused before it is parsed.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>How far head.reqTime may be from the gateway's real clock.</summary>
    public TimeSpan ReqTimeWindow { get; set; } = TimeSpan.FromMinutes(15);
}
