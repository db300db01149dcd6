namespace AlipayInStore.Gateway.ApiReference;

/// <summary>
/// One control API operation as the OpenAPI document describes it. <see cref="Route"/> is the pattern as mapped
/// (constraints such as <c>{id:long}</c> included); <see cref="Response"/> is the JSON answer's type, or null with
/// <see cref="ResponseMedia"/> for a file, page or stream.
/// </summary>
internal sealed record ControlOperation(string Method, string Route, string Tag, string Summary, Type? Response, int Status = 200)
{
    public Type? Request { get; init; }

    /// <summary>A non-JSON request body (e.g. <c>text/plain</c> for SSH keys).</summary>
    public string? RequestMedia { get; init; }
    public string ResponseMedia { get; init; } = "application/json";

    /// <summary>Query parameters: name and what it does.</summary>
    public IReadOnlyList<(string Name, string Description)> Query { get; init; } = [];

    /// <summary>Needs the bearer token (every control call but the API description itself).</summary>
    public bool NeedsToken { get; init; } = true;
}
