using System.CommandLine;

namespace AlipayInStore.Cli.Commands;

/// <summary>Every top-level command; each lives in its own file under Commands/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        SandboxCommand.Create(),
        LoadCommand.Create(),
        VersionCommand.Create(),
        KeysCommand.Create(),
        PayCommand.Create(),
        PreCreateCommand.Create(),
        QueryCommand.Create(),
        CancelCommand.Create(),
        RefundCommand.Create(),
        WalletCommand.Create(),
        AcceptanceCommand.Create(),
        ReconCommand.Create(),
        SftpCommand.Create(),
        NotificationsCommand.Create(),
        MerchantsCommand.Create(),
        BuyersCommand.Create(),
        LogsCommand.Create(),
        TriggerCommand.Create(),
    ];
}
