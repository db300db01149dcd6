using System.CommandLine;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Notifications;
using AlipayInStore.Cli.Sandbox;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore notifications listen|resend</c>: receive the sandbox's notifications locally; re-send one.</summary>
internal static class NotificationsCommand
{
    public static Command Create()
    {
        var command = new Command("notifications", "The gateway's asynchronous notifications (sandbox)");
        command.Subcommands.Add(Listen());
        command.Subcommands.Add(Resend());
        return command;
    }

    private static Command Listen()
    {
        var listen = new Command("listen", "Point the merchant's notify URL at a local listener that prints each notification (verified) and forwards it to your app");
        var connection = ConnectionOptions.AddTo(listen);
        var token = OperatorCommand.TokenOption();
        var forwardTo = new Option<string?>("--forward-to") { Description = "Your app's notification endpoint, e.g. http://localhost:5000/alipay/notify (else listen acknowledges itself)" };
        var port = new Option<int>("--port") { Description = "Local port to listen on (127.0.0.1; 0 picks a free one)", DefaultValueFactory = _ => 0 };
        listen.Options.Add(token);
        listen.Options.Add(forwardTo);
        listen.Options.Add(port);
        listen.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var profile = connection.LoadProfile(parse);
            var options = connection.Resolve(parse, profile);
            var target = parse.GetValue(forwardTo) is { } text
                ? Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri
                    : throw new CliUsageException($"--forward-to must be an absolute http or https URL, not '{text}'.")
                : null;
            return await ListenRun.RunAsync(options, ConnectionOptions.SandboxToken(profile, parse.GetValue(token)), target, parse.GetValue(port), ct);
        }));
        return listen;
    }

    private static Command Resend()
    {
        var resend = new Command("resend", "Deliver a notification once more, now (any status; see GET /sandbox/notifications)");
        var connection = ConnectionOptions.AddTo(resend);
        var token = OperatorCommand.TokenOption();
        var id = new Argument<long>("id") { Description = "The notification id" };
        resend.Options.Add(token);
        resend.Arguments.Add(id);
        resend.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, connection, token, async (control, _) =>
        {
            var view = await control.ResendNotificationAsync(parse.GetValue(id), ct);
            new Output(Console.Out, parse.GetValue(connection.Json)).Write(new JsonObject
            {
                ["id"] = view.Id, ["status"] = view.Status, ["reference"] = view.Reference,
                ["nextAttemptAt"] = view.NextAttemptAt, ["attempts"] = view.Attempts,
            });
            return ExitCodes.Success;
        }));
        return resend;
    }
}
