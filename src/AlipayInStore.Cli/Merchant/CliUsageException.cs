namespace AlipayInStore.Cli.Merchant;

/// <summary>The command cannot run as given; the message says what to change. Exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
