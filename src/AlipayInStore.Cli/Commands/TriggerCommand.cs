using System.CommandLine;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Observe;
using AlipayInStore.Cli.Sandbox;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore trigger &lt;name&gt;</c>: make a named situation happen against the sandbox, through the SDK, and say what happened.</summary>
internal static class TriggerCommand
{
    public static Command Create()
    {
        var command = new Command("trigger", "Make a named situation happen against the sandbox through the SDK (see --list), and print what happened and the ids to look up");
        var connection = ConnectionOptions.AddTo(command);
        var token = OperatorCommand.TokenOption();
        var list = new Option<bool>("--list") { Description = "List the situations and what each promises" };
        var name = new Argument<string?>("name") { Description = "The situation, e.g. unknown-pay (see --list)", Arity = ArgumentArity.ZeroOrOne };
        command.Options.Add(token);
        command.Options.Add(list);
        command.Arguments.Add(name);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            if (parse.GetValue(list) || parse.GetValue(name) is null)
            {
                PrintList(parse.GetValue(name) is null && !parse.GetValue(list) ? Console.Error : Console.Out);
                return parse.GetValue(list) ? ExitCodes.Success : ExitCodes.UsageError;
            }
            var trigger = TriggerCatalog.Find(parse.GetValue(name)!)
                ?? throw new CliUsageException($"No trigger '{parse.GetValue(name)}'. Known: {string.Join(", ", TriggerCatalog.All.Select(t => t.Name))}.");
            var profile = connection.LoadProfile(parse);
            var options = connection.Resolve(parse, profile);
            var buyer = profile.Buyers?.FirstOrDefault(b => b.BuyerId == "alice")?.TestCode
                ?? throw new CliUsageException("The profile has no test code for alice: use the profile the sandbox wrote (triggers run against the sandbox only).");
            using var context = new TriggerContext(options, new SandboxControlClient(options.GatewayUrl!, ConnectionOptions.SandboxToken(profile, parse.GetValue(token)), TimeSpan.FromSeconds(30)), buyer);
            var report = await TriggerRun.RunAsync(trigger, context, ct);
            report.Print(Console.Out, parse.GetValue(connection.Json));
            return report.AsPromised ? ExitCodes.Success : ExitCodes.BusinessFailure;
        }));
        return command;
    }

    private static void PrintList(TextWriter writer)
    {
        var width = TriggerCatalog.All.Max(t => t.Name.Length);
        writer.WriteLine("Situations (alipay-instore trigger <name>), run through the SDK against the sandbox of your profile:");
        foreach (var trigger in TriggerCatalog.All)
        {
            writer.WriteLine($"  {trigger.Name.PadRight(width)}  {trigger.Summary}");
            writer.WriteLine($"  {"".PadRight(width)}  → {trigger.Promise}");
        }
    }
}
