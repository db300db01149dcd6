using System.CommandLine;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore recon</c>: fetch reconciliation files and check them against the merchant's own records.</summary>
internal static class ReconCommand
{
    public static Command Create()
    {
        var command = new Command("recon", "Reconciliation files: fetch them over SFTP and check them against your own ledger");
        command.Subcommands.Add(ReconFetchCommand.Create());
        command.Subcommands.Add(ReconCheckCommand.Create());
        return command;
    }
}
