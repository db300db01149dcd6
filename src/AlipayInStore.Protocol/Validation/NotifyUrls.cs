namespace AlipayInStore.Protocol.Validation;

/// <summary>
/// The rule for a notify URL, wherever one is given: a request's <c>notifyUrl</c>, a merchant's setting in the portal,
/// the control API or a seed file. The gateway's column has the same length cap.
/// </summary>
public static class NotifyUrls
{
    /// <summary>The longest notify URL, in characters.</summary>
    public const int MaxLength = 1024;

    /// <summary>The rule as an error message says it after the field name.</summary>
    public const string Rule = "must be an absolute http or https URL of at most 1024 characters";

    /// <summary>True when <paramref name="url"/> is an absolute <c>http</c> or <c>https</c> URL (its length aside).</summary>
    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>Null when <paramref name="url"/> may be stored as a notify URL, else <see cref="Rule"/>.</summary>
    public static string? Check(string url) => url.Length <= MaxLength && IsHttpUrl(url) ? null : Rule;
}
