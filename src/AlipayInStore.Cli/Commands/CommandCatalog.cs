using System.CommandLine;

namespace AlipayInStore.Cli.Commands;

/// <summary>Every top-level command; each lives in its own file under Commands/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All() =>
    [
        VersionCommand.Create(),
        ReconCommand.Create(),
        SftpCommand.Create(),
    ];
}
