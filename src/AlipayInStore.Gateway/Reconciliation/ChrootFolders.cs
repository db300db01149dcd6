namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// Root-owned folders and files for sshd: every component of a ChrootDirectory must be owned by root and not
/// writable by group or others, and partners read files they can never change.
/// </summary>
internal static class ChrootFolders
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private const string NeedsLinux = "SFTP delivery runs Debian's OpenSSH sshd and needs Linux.";

    private const UnixFileMode ReadOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>
    /// Creates <paramref name="path"/> and its parents as 0755. Folders at or below <paramref name="ownedRoot"/> get
    /// their mode fixed; a group- or other-writable folder above it is an error sshd would refuse anyway.
    /// </summary>
    public static void Ensure(string path, string ownedRoot)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new SftpUnavailableException(NeedsLinux);
        }
        var full = Path.GetFullPath(path);
        if (full.StartsWith("/tmp/", StringComparison.Ordinal) || full.StartsWith("/var/tmp/", StringComparison.Ordinal))
        {
            throw new SftpUnavailableException($"{full} cannot hold an sshd chroot: /tmp is world-writable. Use a folder under /var/lib.");
        }
        Directory.CreateDirectory(full, Folder);
        for (var dir = new DirectoryInfo(full); dir is not null && dir.FullName != "/"; dir = dir.Parent)
        {
            if ((dir.UnixFileMode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
            {
                continue;
            }
            if (!(dir.FullName + "/").StartsWith(Path.GetFullPath(ownedRoot).TrimEnd('/') + "/", StringComparison.Ordinal))
            {
                throw new SftpUnavailableException($"{dir.FullName} is writable by group or others, so sshd refuses a chroot below it.");
            }
            File.SetUnixFileMode(dir.FullName, Folder);
        }
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> as a root-owned 0644 file, moved into place.</summary>
    public static void WriteFile(string path, string content)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new SftpUnavailableException(NeedsLinux);
        }
        var temp = path + ".tmp";
        File.WriteAllText(temp, content);
        File.SetUnixFileMode(temp, ReadOnlyFile);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Makes <paramref name="target"/> hold exactly the reconciliation files of <paramref name="source"/>.</summary>
    public static void Mirror(string source, string target, string ownedRoot)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new SftpUnavailableException(NeedsLinux);
        }
        Ensure(target, ownedRoot);
        var wanted = Directory.Exists(source)
            ? Directory.EnumerateFiles(source).Where(p => ReconciliationFileNames.TryParseDate(Path.GetFileName(p), out _)).ToDictionary(p => Path.GetFileName(p), StringComparer.Ordinal)
            : [];
        foreach (var existing in Directory.EnumerateFiles(target))
        {
            if (!wanted.ContainsKey(Path.GetFileName(existing)))
            {
                File.Delete(existing);
            }
        }
        foreach (var (name, from) in wanted)
        {
            var to = Path.Combine(target, name);
            var info = new FileInfo(to);
            var fromInfo = new FileInfo(from);
            if (info.Exists && info.Length == fromInfo.Length && info.LastWriteTimeUtc == fromInfo.LastWriteTimeUtc)
            {
                continue;
            }
            var temp = Path.Combine(target, "." + name + ".tmp");
            File.Copy(from, temp, overwrite: true);
            File.SetUnixFileMode(temp, ReadOnlyFile);
            File.SetLastWriteTimeUtc(temp, fromInfo.LastWriteTimeUtc);
            File.Move(temp, to, overwrite: true);
        }
    }
}
