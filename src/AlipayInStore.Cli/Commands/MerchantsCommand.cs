using System.CommandLine;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Sandbox;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore merchants create|list|show|disable</c>: the operator's side of onboarding (docs/sandbox.md).</summary>
internal static class MerchantsCommand
{
    public static Command Create()
    {
        var command = new Command("merchants", "Create, list, show and disable sandbox merchants (the operator's side)");
        command.Subcommands.Add(CreateMerchant());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show("show", "Show one merchant's ids and settings", Verb.Show));
        command.Subcommands.Add(Show("disable", "Disable a merchant: its requests are refused (MERCHANT_DISABLED), its history is kept", Verb.Disable));
        command.Subcommands.Add(Show("enable", "Enable a disabled merchant again", Verb.Enable));
        return command;
    }

    private static Command CreateMerchant()
    {
        var create = new Command("create", "Create a merchant: Partner ID, Client ID, key pair (or your public key), SHA256 key, portal user");
        var connection = ConnectionOptions.AddTo(create);
        var token = OperatorCommand.TokenOption();
        var name = new Option<string?>("--name") { Description = "The merchant's name" };
        var publicKey = new Option<FileInfo?>("--public-key") { Description = "Your RSA2 public key (PEM); without it a key pair is generated" };
        var sha256 = new Option<bool>("--sha256-key-issue") { Description = "Also issue a SHA256 key" };
        var sign = new Option<string?>("--merchant-sign-type") { Description = "RSA2 (default) or SHA256: how the merchant signs" };
        var notify = new Option<string?>("--notify-url") { Description = "Where notifications go" };
        var fee = new Option<int?>("--fee-rate") { Description = "Fee in basis points (100 = 1%)" };
        var empty = new Option<bool>("--empty-day-files") { Description = "Header-only reconciliation files for days without transactions" };
        var acquirer = new Option<bool>("--acquirer") { Description = "An acquirer (indirect mode) serving secondary merchants" };
        var writeProfile = new Option<string?>("--write-profile") { Description = "Write a CLI profile for this merchant (and its key files beside it)" };
        foreach (var option in new Option[] { token, name, publicKey, sha256, sign, notify, fee, empty, acquirer, writeProfile })
        {
            create.Options.Add(option);
        }
        create.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, connection, token, async (control, profile) =>
        {
            var key = parse.GetValue(publicKey) is not { } file ? null
                : file.Exists ? await File.ReadAllTextAsync(file.FullName, ct) : throw new CliUsageException($"--public-key: {file.FullName} does not exist.");
            var signType = parse.GetValue(sign);
            var created = await control.CreateMerchantAsync(new SandboxMerchantSpec
            {
                Name = parse.GetValue(name), NotifyUrl = parse.GetValue(notify), FeeRateBasisPoints = parse.GetValue(fee), RsaPublicKey = key,
                SignType = signType, IssueSha256Key = parse.GetValue(sha256) || signType == "SHA256",
                EmptyDayFiles = parse.GetValue(empty), Acquirer = parse.GetValue(acquirer),
            }, ct);
            var path = parse.GetValue(writeProfile) is { } target ? await MerchantProfileWriter.WriteAsync(control, created, profile, target, ct) : null;
            return OperatorCommand.Print(parse, connection, ControlAnswerJson.Of(created), MerchantFacts.Render(created.Merchant, control.GatewayUrl, created, path));
        }));
        return create;
    }

    private static Command List()
    {
        var list = new Command("list", "List every merchant");
        var connection = ConnectionOptions.AddTo(list);
        var token = OperatorCommand.TokenOption();
        list.Options.Add(token);
        list.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, connection, token, async (control, _) =>
        {
            var merchants = await control.GetMerchantsAsync(ct);
            var text = string.Join(Environment.NewLine, merchants.Select(m =>
                $"{m.PartnerId}  {m.ClientId}  {m.SignType,-6}  {m.Status,-8}  {m.Name}"));
            return OperatorCommand.Print(parse, connection, ControlAnswerJson.Of(merchants), "Partner ID        Client ID         Sign    Status    Name" + Environment.NewLine + text);
        }));
        return list;
    }

    private static Command Show(string verb, string description, Verb action)
    {
        var show = new Command(verb, description);
        var connection = ConnectionOptions.AddTo(show);
        var token = OperatorCommand.TokenOption();
        var partner = new Argument<string>("partnerId") { Description = "The merchant's Partner ID" };
        show.Options.Add(token);
        show.Arguments.Add(partner);
        show.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, connection, token, async (control, _) =>
        {
            var id = parse.GetValue(partner)!;
            var merchant = action switch
            {
                Verb.Disable => await control.DisableMerchantAsync(id, ct),
                Verb.Enable => await control.EnableMerchantAsync(id, ct),
                _ => await control.GetMerchantAsync(id, ct),
            };
            return OperatorCommand.Print(parse, connection, ControlAnswerJson.Of(merchant), MerchantFacts.Render(merchant, control.GatewayUrl));
        }));
        return show;
    }

    private enum Verb
    {
        Show,
        Disable,
        Enable,
    }
}
