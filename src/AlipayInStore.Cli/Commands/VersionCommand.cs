using System.CommandLine;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore version</c>: the tool's and the protocol's versions.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the tool version and the protocol version it speaks");
        command.SetAction(_ =>
        {
            var version = typeof(VersionCommand).Assembly.GetName().Version;
            Console.WriteLine($"alipay-instore {version} (protocol {ApiFunctions.Version})");
            return 0;
        });
        return command;
    }
}
