using System.CommandLine;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Client;
using AlipayInStore.Protocol.Keys;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore keys generate|check</c>: make a merchant key pair; check the configured keys.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var keys = new Command("keys", "Merchant RSA2 keys");
        keys.Subcommands.Add(Generate());
        keys.Subcommands.Add(Check());
        return keys;
    }

    private static Command Generate()
    {
        var command = new Command("generate", "Generate a 2048-bit merchant key pair (upload the public key to the portal)");
        var dir = new Option<DirectoryInfo>("--out") { Description = "Folder to write the PEM files to", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var force = new Option<bool>("--force") { Description = "Overwrite existing files" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        command.Options.Add(dir);
        command.Options.Add(force);
        command.Options.Add(json);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var folder = parse.GetValue(dir)!;
            folder.Create();
            var privatePath = Path.Combine(folder.FullName, "merchant_private_key.pem");
            var publicPath = Path.Combine(folder.FullName, "merchant_public_key.pem");
            if (!parse.GetValue(force) && (File.Exists(privatePath) || File.Exists(publicPath)))
            {
                throw new CliUsageException($"{privatePath} or {publicPath} already exists; use --force to overwrite.");
            }
            var key = RsaPrivateKey.Generate();
            await File.WriteAllTextAsync(privatePath, key.ExportPem(), ct);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(privatePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            await File.WriteAllTextAsync(publicPath, key.PublicKey.ExportPem(), ct);
            new Output(Console.Out, parse.GetValue(json)).Write(new JsonObject
            {
                ["privateKeyFile"] = privatePath,
                ["publicKeyFile"] = publicPath,
                ["bits"] = key.Bits,
                ["fingerprint"] = key.PublicKey.Fingerprint,
                ["next"] = "upload the public key in the portal; keep the private key secret",
            });
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Check()
    {
        var command = new Command("check", "Check the configured keys: they load, sizes, a sign/verify self-test, and no merchant/gateway mix-up");
        var connection = ConnectionOptions.AddTo(command);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(() =>
        {
            var options = connection.Resolve(parse, connection.LoadProfile(parse));
            var report = KeyDiagnostics.Run(options);
            var checks = new JsonObject();
            foreach (var check in report.Checks)
            {
                checks[check.Name] = (check.Passed ? "ok: " : "FAIL: ") + check.Message;
            }
            new Output(Console.Out, parse.GetValue(connection.Json)).Write(new JsonObject { ["valid"] = report.IsValid, ["checks"] = checks });
            return Task.FromResult(report.IsValid ? ExitCodes.Success : ExitCodes.BusinessFailure);
        }));
        return command;
    }
}
