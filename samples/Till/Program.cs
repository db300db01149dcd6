using AlipayInStore.Client;
using Till;

// A small till: pays with the buyer's code, refunds part of it, sells by QR code, and receives the notifications.
// Settings: appsettings.json, AlipayInStore__* variables, or --profile <the sandbox's cli-profile.json>.
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--code"] = "Till:Code",
    ["--amount"] = "Till:Amount",
    ["--profile"] = "Till:Profile",
});
SandboxProfile.AddTo(builder.Configuration);
builder.WebHost.UseUrls(builder.Configuration["Till:NotifyUrlBase"] ?? "http://127.0.0.1:0");
builder.Services.AddAlipayInStore(builder.Configuration.GetSection("AlipayInStore"));
builder.Services.AddSingleton<TillNotifications>();

var app = builder.Build();
app.MapAlipayNotifications("/alipay/notify", (notification, services, _) =>
{
    services.GetRequiredService<TillNotifications>().Record(notification);
    return Task.CompletedTask;
});
await app.StartAsync();

var till = new TillRun(app.Services.GetRequiredService<AlipayInStoreClient>(), app.Services.GetRequiredService<TillNotifications>(), app.Configuration, app.Urls.First());
int exitCode;
try
{
    exitCode = await till.RunAsync(app.Lifetime.ApplicationStopping);
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("Stopped (Ctrl+C) before the end; an unpaid QR order closes when it expires.");
    exitCode = 130;
}
await app.StopAsync();
return exitCode;
