namespace AlipayInStore.Gateway.Hosting;

/// <summary>Writes secret files readable by their owner only.</summary>
internal static class KeyFiles
{
    public static void WriteSecret(string path, string content)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(temp, path, overwrite: true);
    }
}
