using System.CommandLine;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Notifications;
using AlipayInStore.Cli.Sandbox;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore merchants create|list|show|disable</c>: the operator's side of onboarding (docs/sandbox.md).</summary>
internal static class MerchantsCommand
{
    public static Command Create()
    {
        var command = new Command("merchants", "Create, list, show and disable sandbox merchants (the operator's side)");
        command.Subcommands.Add(CreateMerchant());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show("show", "Show one merchant's ids and settings", null));
        command.Subcommands.Add(Show("disable", "Disable a merchant: its requests are refused (MERCHANT_DISABLED), its history is kept", "disable"));
        command.Subcommands.Add(Show("enable", "Enable a disabled merchant again", "enable"));
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
        create.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, connection, token, async (api, profile) =>
        {
            var body = new JsonObject { ["name"] = parse.GetValue(name), ["notifyUrl"] = parse.GetValue(notify), ["feeRateBasisPoints"] = parse.GetValue(fee) };
            if (parse.GetValue(publicKey) is { } file)
            {
                body["rsaPublicKey"] = file.Exists ? await File.ReadAllTextAsync(file.FullName, ct) : throw new CliUsageException($"--public-key: {file.FullName} does not exist.");
            }
            var signType = parse.GetValue(sign);
            body["signType"] = signType;
            body["issueSha256Key"] = parse.GetValue(sha256) || signType == "SHA256";
            body["emptyDayFiles"] = parse.GetValue(empty);
            body["acquirer"] = parse.GetValue(acquirer);
            var created = await api.SendAsync(HttpMethod.Post, "sandbox/merchants", body, ct);
            var path = parse.GetValue(writeProfile) is { } target ? await MerchantProfileWriter.WriteAsync(api, created, profile, target, ct) : null;
            return OperatorCommand.Print(parse, connection, created, MerchantFacts.Render(created["merchant"]!, api.GatewayUrl, created, path));
        }));
        return create;
    }

    private static Command List()
    {
        var list = new Command("list", "List every merchant");
        var connection = ConnectionOptions.AddTo(list);
        var token = OperatorCommand.TokenOption();
        list.Options.Add(token);
        list.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, connection, token, async (api, _) =>
        {
            var merchants = (await api.SendAsync(HttpMethod.Get, "sandbox/merchants", null, ct)).AsArray();
            var text = string.Join(Environment.NewLine, merchants.Select(m =>
                $"{m!["partnerId"]}  {m["clientId"]}  {m["signType"],-6}  {m["status"],-8}  {m["name"]}"));
            return OperatorCommand.Print(parse, connection, merchants, "Partner ID        Client ID         Sign    Status    Name" + Environment.NewLine + text);
        }));
        return list;
    }

    private static Command Show(string verb, string description, string? action)
    {
        var show = new Command(verb, description);
        var connection = ConnectionOptions.AddTo(show);
        var token = OperatorCommand.TokenOption();
        var partner = new Argument<string>("partnerId") { Description = "The merchant's Partner ID" };
        show.Options.Add(token);
        show.Arguments.Add(partner);
        show.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, connection, token, async (api, _) =>
        {
            var id = Uri.EscapeDataString(parse.GetValue(partner)!);
            var merchant = action is null
                ? await api.SendAsync(HttpMethod.Get, $"sandbox/merchants/{id}", null, ct)
                : await api.SendAsync(HttpMethod.Post, $"sandbox/merchants/{id}/{action}", null, ct);
            return OperatorCommand.Print(parse, connection, merchant, MerchantFacts.Render(merchant, api.GatewayUrl));
        }));
        return show;
    }
}
