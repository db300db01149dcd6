using AlipayInStore.Client;
using AlipayInStore.Protocol.Keys;

namespace AlipayInStore.Cli.Merchant;

/// <summary>Runs a merchant command and turns its failures into plain messages and the exit codes of <see cref="ExitCodes"/>.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is CliUsageException or AlipayConfigurationException or KeyLoadException or ArgumentException)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is AlipayTransportException or AlipaySignatureException or AlipayResponseException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.NetworkError;
        }
    }
}
