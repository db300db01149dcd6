using System.Diagnostics;
using System.Security.Cryptography;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// SFTP account passwords: generated like the ones Alipay e-mails, stored only as a crypt(3) SHA-512 hash
/// (<c>$6$salt$…</c>), the form sshd checks against the system account. OpenSSL makes the hash; the password goes
/// through its standard input, never its command line.
/// </summary>
internal static class SftpPasswords
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Generate(int length = 16) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]));

    /// <summary>True when <paramref name="hash"/> has the shape of a SHA-512 crypt hash (what the account file may hold).</summary>
    public static bool IsHash(string? hash) =>
        hash is { Length: > 20 and < 200 } && hash.StartsWith("$6$", StringComparison.Ordinal) && hash.All(c => c is > ' ' and <= '~' and not ':');

    /// <exception cref="SftpUnavailableException">openssl is missing or failed.</exception>
    public static async Task<string> HashAsync(string password, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("/usr/bin/openssl")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "passwd", "-6", "-stdin" })
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new SftpUnavailableException("Cannot start openssl to hash the SFTP password.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SftpUnavailableException("SFTP passwords are hashed with openssl, which is not installed (apt-get install openssl): " + e.Message);
        }
        using (process)
        {
            await process.StandardInput.WriteLineAsync(password.AsMemory(), cancellationToken).ConfigureAwait(false);
            process.StandardInput.Close();
            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            var error = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var hash = output.Trim();
            return process.ExitCode == 0 && IsHash(hash) ? hash : throw new SftpUnavailableException("openssl could not hash the SFTP password: " + error.Trim());
        }
    }
}
