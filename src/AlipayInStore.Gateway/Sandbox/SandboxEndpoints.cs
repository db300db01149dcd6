using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Wallet;
using AlipayInStore.Protocol.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>The sandbox's own calls of the control API (docs/sandbox.md): buyers' codes and actions, transactions, clock, ledger check.</summary>
internal static class SandboxEndpoints
{
    public static RouteGroupBuilder MapSandboxControl(this RouteGroupBuilder group)
    {
        group.MapPost("/buyers/{buyerId}/codes", MintCodeAsync);
        group.MapGet("/buyers", ListBuyersAsync);
        group.MapPost("/transactions/{acquirementId}/confirm", ConfirmAsync);
        group.MapPost("/transactions/{acquirementId}/decline", DeclineAsync);
        group.MapGet("/transactions/{acquirementId}", GetTransactionAsync);
        group.MapGet("/clock", GetClockAsync);
        group.MapPost("/clock/advance", AdvanceClockAsync);
        group.MapGet("/ledger/check", CheckLedgerAsync);
        return group;
    }

    private static async Task<IResult> MintCodeAsync(string buyerId, PaymentCodeService codes, TimeProvider clock, CancellationToken ct)
    {
        var code = await codes.MintAsync(buyerId, clock.GetUtcNow(), ct);
        return code is null
            ? Results.Json(new SandboxError($"No buyer '{buyerId}'"), statusCode: 404)
            : Results.Json(new MintedCode(code.Code, Rfc3339.Format(code.ExpiresAt)), statusCode: 201);
    }

    private static async Task<IResult> ListBuyersAsync(WalletQueries wallet, CancellationToken ct) =>
        Results.Json((await wallet.BuyersAsync(ct)).Select(b => new BuyerView(b.Buyer.Id, b.Buyer.DisplayName, b.Buyer.TestCode, b.Buyer.Currency, b.Balance)));

    private static async Task<IResult> ConfirmAsync(string acquirementId, ConfirmRequest? request, BuyerActions actions, GatewayDbContext db, CancellationToken ct) =>
        await Answer(await actions.ConfirmAsync(acquirementId, request?.BuyerId, ct), acquirementId, db, ct);

    private static async Task<IResult> DeclineAsync(string acquirementId, BuyerActions actions, GatewayDbContext db, CancellationToken ct) =>
        await Answer(await actions.DeclineAsync(acquirementId, ct), acquirementId, db, ct);

    private static async Task<IResult> Answer((Payments.Payment? Payment, string? Refusal) outcome, string acquirementId, GatewayDbContext db, CancellationToken ct)
    {
        if (outcome.Payment is null)
        {
            return Results.Json(new SandboxError(outcome.Refusal ?? "No such transaction"), statusCode: 404);
        }
        if (outcome.Refusal is not null)
        {
            return Results.Json(new SandboxError(outcome.Refusal), statusCode: 409);
        }
        return Results.Json(await TransactionView.LoadAsync(db, acquirementId, ct));
    }

    private static async Task<IResult> GetTransactionAsync(string acquirementId, GatewayDbContext db, CancellationToken ct) =>
        await TransactionView.LoadAsync(db, acquirementId, ct) is { } view
            ? Results.Json(view)
            : Results.Json(new SandboxError("No such transaction"), statusCode: 404);

    private static async Task<IResult> GetClockAsync(SandboxClockStore store, SandboxClock clock, CancellationToken ct)
    {
        await store.RefreshAsync(ct); // another instance may have moved it since the last periodic reload
        return Results.Json(new ClockView(Rfc3339.Format(clock.GetUtcNow()), (long)clock.Offset.TotalSeconds));
    }

    private static async Task<IResult> AdvanceClockAsync(AdvanceRequest? request, SandboxClockStore store, SandboxClock clock, CancellationToken ct)
    {
        if (request is null || request.Seconds <= 0)
        {
            return Results.Json(new SandboxError("seconds must be a positive number of seconds to move the clock forward"), statusCode: 400);
        }
        await store.AdvanceAsync(TimeSpan.FromSeconds(request.Seconds), ct);
        return Results.Json(new ClockView(Rfc3339.Format(clock.GetUtcNow()), (long)clock.Offset.TotalSeconds));
    }

    private static async Task<IResult> CheckLedgerAsync(LedgerCheck check, CancellationToken ct) =>
        Results.Json(await check.RunAsync(ct));
}
