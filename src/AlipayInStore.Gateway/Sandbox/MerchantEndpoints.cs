using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Reconciliation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>The operator's side of the control API: create, list, show, change, disable merchants; create buyers.</summary>
internal static class MerchantEndpoints
{
    public static RouteGroupBuilder MapMerchantControl(this RouteGroupBuilder group)
    {
        group.MapPost("/merchants", CreateAsync);
        group.MapGet("/merchants", ListAsync);
        group.MapGet("/merchants/{partnerId}", ShowAsync);
        group.MapPatch("/merchants/{partnerId}", ChangeAsync);
        group.MapPost("/merchants/{partnerId}/disable", (string partnerId, MerchantSettings s, CancellationToken ct) => SetDisabledAsync(partnerId, true, s, ct));
        group.MapPost("/merchants/{partnerId}/enable", (string partnerId, MerchantSettings s, CancellationToken ct) => SetDisabledAsync(partnerId, false, s, ct));
        group.MapPost("/merchants/{partnerId}/sftp-password", IssueSftpPasswordAsync);
        group.MapPost("/buyers", CreateBuyerAsync);
        group.MapPost("/reset", ResetAsync);
        return group;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, GatewayDbContext db, ReconciliationService reconciliation, GatewayKeys keys, TimeProvider clock, CancellationToken ct)
    {
        var (spec, bad) = await ControlJson.ReadAsync<MerchantSpec>(request, ct);
        if (spec is null)
        {
            return bad!;
        }
        var onboarding = new MerchantOnboarding(db, new SftpAccounts(reconciliation.Layout), Path.GetDirectoryName(keys.PublicKeyPath)!);
        var (created, error) = await onboarding.CreateAsync(spec, clock.GetUtcNow(), firstMerchant: false, ct);
        if (created is null)
        {
            return Results.Json(new SandboxError(error!.Message), statusCode: error.Rule.Contains("already taken", StringComparison.Ordinal) ? 409 : 400);
        }
        return Results.Json(new MerchantCreatedView(MerchantView.Of(created.Merchant), created.PrivateKeyPem, created.PrivateKeyPath,
            keys.PublicKey.ExportPem(), created.PortalPassword, created.SftpPassword), statusCode: 201);
    }

    private static async Task<IResult> ListAsync(GatewayDbContext db, CancellationToken ct) =>
        Results.Json((await db.Merchants.AsNoTracking().OrderBy(m => m.Id).ToListAsync(ct)).Select(MerchantView.Of));

    private static async Task<IResult> ShowAsync(string partnerId, MerchantSettings settings, CancellationToken ct) =>
        await settings.FindAsync(partnerId, ct) is { } merchant ? Results.Json(MerchantView.Of(merchant)) : NoMerchant(partnerId);

    private static async Task<IResult> ChangeAsync(string partnerId, HttpRequest request, MerchantSettings settings, CancellationToken ct)
    {
        var (patch, bad) = await ControlJson.ReadAsync<MerchantSettingsPatch>(request, ct);
        if (patch is null)
        {
            return bad!;
        }
        if (await settings.FindAsync(partnerId, ct) is not { } merchant)
        {
            return NoMerchant(partnerId);
        }
        return await settings.ApplyAsync(merchant, patch, ct) is { } error ? ControlJson.Bad(error.Message) : Results.Json(MerchantView.Of(merchant));
    }

    private static async Task<IResult> SetDisabledAsync(string partnerId, bool disabled, MerchantSettings settings, CancellationToken ct)
    {
        if (await settings.FindAsync(partnerId, ct) is not { } merchant)
        {
            return NoMerchant(partnerId);
        }
        await settings.SetDisabledAsync(merchant, disabled, ct);
        return Results.Json(MerchantView.Of(merchant));
    }

    private static async Task<IResult> IssueSftpPasswordAsync(string partnerId, MerchantSettings settings, CancellationToken ct)
    {
        if (await settings.FindAsync(partnerId, ct) is not { } merchant)
        {
            return NoMerchant(partnerId);
        }
        var password = await settings.IssueSftpPasswordAsync(merchant, ct);
        return Results.Json(new SftpPasswordView(partnerId, SftpUser.Of(partnerId), password,
            "Shown once, as Alipay e-mails it; stored only as a hash. It takes effect when the SFTP server (re)starts."), statusCode: 201);
    }

    private static async Task<IResult> CreateBuyerAsync(HttpRequest request, GatewayDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (spec, bad) = await ControlJson.ReadAsync<BuyerSpec>(request, ct);
        if (spec is null)
        {
            return bad!;
        }
        var (buyer, password, error) = await BuyerOnboarding.CreateAsync(db, spec, clock.GetUtcNow(), ct);
        return buyer is null
            ? Results.Json(new SandboxError(error!.Message), statusCode: error.Rule.Contains("already", StringComparison.Ordinal) ? 409 : 400)
            : Results.Json(new BuyerCreatedView(buyer.Id, buyer.DisplayName, buyer.TestCode, buyer.Currency, spec.Balance ?? 0, password!), statusCode: 201);
    }

    private static async Task<IResult> ResetAsync(SandboxReset reset, CancellationToken ct)
    {
        try
        {
            var seed = await reset.ResetAsync(ct);
            return Results.Json(new ResetView(seed.Merchant.PartnerId, seed.Buyers.Select(b => b.Id).ToList(),
                "The sandbox holds its seed again: every transaction, notification, file and merchant made since is gone."));
        }
        catch (SeedFileException e)
        {
            return Results.Json(new SandboxError(e.Message), statusCode: 409);
        }
    }

    private static IResult NoMerchant(string partnerId) => Results.Json(new SandboxError($"No merchant with partnerId {partnerId}"), statusCode: 404);
}
