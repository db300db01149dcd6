using System.CommandLine;
using AlipayInStore.Cli.Commands;

var root = new RootCommand("alipay-instore: Alipay in-store payments — sandbox gateway, merchant tools, acceptance kit");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Usage errors exit 2, apart from business failures (1) and network errors (3).
    await parsed.InvokeAsync();
    return 2;
}
return await parsed.InvokeAsync();
