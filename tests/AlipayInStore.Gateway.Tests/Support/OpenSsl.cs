using System.Diagnostics;

namespace AlipayInStore.Gateway.Tests.Support;

/// <summary>The openssl command line, as an independent signer and verifier.</summary>
internal static class OpenSsl
{
    public static async Task<(int Exit, byte[] Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("The openssl command is missing: install the Debian package 'openssl' (./build.sh test does it as root).", ex);
        }
        using (process)
        {
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var error = await process.StandardError.ReadToEndAsync();
            await copy;
            await process.WaitForExitAsync();
            return (process.ExitCode, output.ToArray(), error);
        }
    }
}
