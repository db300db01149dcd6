using System.CommandLine;
using AlipayInStore.Cli.Commands;

var root = new RootCommand("alipay-instore: Alipay in-store payments — sandbox gateway, merchant tools, acceptance kit");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}
return await root.Parse(args).InvokeAsync();
