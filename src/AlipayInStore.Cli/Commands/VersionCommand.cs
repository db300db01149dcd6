using System.CommandLine;
using System.Reflection;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore version</c>: the tool's and the protocol's versions.</summary>
internal static class VersionCommand
{
    /// <summary>The package version (Directory.Build.props), the same that <c>--version</c> prints.</summary>
    public static string PackageVersion { get; } =
        (typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static Command Create()
    {
        var command = new Command("version", "Print the tool version and the protocol version it speaks");
        command.SetAction(_ =>
        {
            Console.WriteLine($"alipay-instore {PackageVersion} (protocol {ApiFunctions.Version})");
            return 0;
        });
        return command;
    }
}
