namespace AlipayInStore.Client.Internal;

/// <summary>Reads key material from its inline text or, failing that, from its file.</summary>
internal static class KeyText
{
    public static string? Read(string? inline, string? file, string name)
    {
        if (!string.IsNullOrWhiteSpace(inline))
        {
            return inline;
        }
        if (string.IsNullOrWhiteSpace(file))
        {
            return null;
        }
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AlipayConfigurationException($"{name}File '{file}' cannot be read: {ex.Message}", ex);
        }
    }
}
