using AlipayInStore.Client;
using AlipayInStore.Client.Sandbox;
using AlipayInStore.Protocol.Keys;

namespace AlipayInStore.Cli.Merchant;

/// <summary>
/// Runs a merchant command and turns its failures into plain messages and the exit codes of <see cref="ExitCodes"/>:
/// a control call refused for its token is a usage error, any other refusal a business failure, no answer a network error.
/// </summary>
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
        catch (SandboxControlException ex) when (ex.StatusCode == 401)
        {
            await Console.Error.WriteLineAsync("error: The sandbox refused the token (401): use the token printed at start or stored in the profile.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (SandboxControlException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.BusinessFailure;
        }
        catch (Exception ex) when (ex is AlipayTransportException or AlipaySignatureException or AlipayResponseException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.NetworkError;
        }
    }
}
