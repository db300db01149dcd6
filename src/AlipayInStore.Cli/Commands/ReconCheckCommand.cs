using System.CommandLine;
using System.Globalization;
using AlipayInStore.Cli.Observe;
using AlipayInStore.Client.Reconciliation;

namespace AlipayInStore.Cli.Commands;

/// <summary>
/// <c>alipay-instore recon check --file F --ledger merchant.csv</c>: reconciles a file with the merchant's ledger,
/// prints the summary and every mismatch; exit code 0 when clean, 1 on mismatches, 2 when a file is malformed.
/// </summary>
internal static class ReconCheckCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo>("--file") { Description = "The reconciliation file (<partnerId>_transaction_<yyyyMMdd>.txt)", Required = true };
        var ledger = new Option<FileInfo>("--ledger")
        {
            Description = "Your ledger CSV: header " + MerchantLedgerReader.Header + ", amounts like 12.50",
            Required = true,
        };
        var offset = new Option<double>("--utc-offset") { Description = "Hours from UTC of the file's time zone", DefaultValueFactory = _ => 8 };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var command = new Command("check", "Compare a reconciliation file with your own ledger; non-zero exit code on mismatches") { file, ledger, offset, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var hours = parse.GetValue(offset);
            var name = string.Create(CultureInfo.InvariantCulture, $"UTC{hours:+0.##;-0.##;+0}");
            var zone = TimeZoneInfo.CreateCustomTimeZone(name, TimeSpan.FromHours(hours), name, name);
            try
            {
                var input = parse.GetValue(file)!;
                var title = $"Reconciling {input.Name}" + (input.Exists ? $" ({input.Length / 1_048_576.0:0.#} MB)" : "");
                var report = await TerminalProgress.RunAsync(title, parse.GetValue(json), indeterminate: true, _ => new Reconciler().ReconcileFilesAsync(
                    input.FullName, parse.GetValue(ledger)!.FullName, new ReconciliationReaderOptions { TimeZone = zone }, cancellationToken));
                if (parse.GetValue(json))
                {
                    Console.WriteLine(ReconReportJson.Render(report));
                }
                else
                {
                    ReconReportPrinter.Print(report, Console.Out);
                }
                return report.IsClean ? 0 : 1;
            }
            catch (ReconciliationFormatException e)
            {
                await Console.Error.WriteLineAsync($"Malformed input: {e.Message}");
                return 2;
            }
            catch (IOException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }
        });
        return command;
    }
}
