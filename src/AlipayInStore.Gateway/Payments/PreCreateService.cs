using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Customer-scan: creates an order that waits for the buyer, with a QR URL that opens it in the wallet.</summary>
internal sealed class PreCreateService(GatewayDbContext db, OrderRules rules, BusinessDay day, TimeProvider clock, IOptions<GatewayOptions> profile, IOptions<PaymentOptions> options, PublicAddress publicAddress)
{
    public async Task<PreCreateResponse> PreCreateAsync(Merchant merchant, PreCreateCommand order, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        if (rules.CurrencyRefusal(order.Order.Amount.Currency) is { } refusal)
        {
            return new() { ResultInfo = refusal };
        }
        var expiry = order.ExpiryTime ?? now + settings.PreCreateDefaultExpiry;
        if (order.ExpiryTime is { } asked && (asked <= now || asked > now + settings.PreCreateMaxExpiry))
        {
            return new() { ResultInfo = ResultCodes.ParamIllegal.ToInfo($"body.expiryTime must be in the future and at most {settings.PreCreateMaxExpiry.TotalHours:0.##} hours ahead") };
        }
        try
        {
            var payment = await UnitOfWork.RunAsync(db, async token =>
            {
                var created = Payment.ForQrOrder(TransactionIds.NewAcquirementId(day.DateOf(now)), merchant.Id, merchant.PartnerId, order,
                    Scenarios.OfPay(order.Order.Amount, profile.Value.IsSandbox), expiry, now);
                db.Payments.Add(created);
                await db.SaveChangesAsync(token);
                return created;
            }, ct);
            return Created(payment);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            var existing = await db.Payments.AsNoTracking().SingleAsync(p => p.PartnerId == merchant.PartnerId && p.MerchantTransId == order.MerchantTransId, ct);
            return OrderRules.RepeatRefusal(existing, PaymentKind.QrCode, order.Order) is { } repeat ? new() { ResultInfo = repeat } : Created(existing);
        }
    }

    private PreCreateResponse Created(Payment payment) => new()
    {
        ResultInfo = ResultCodes.Success.ToInfo(),
        AcquirementId = payment.AcquirementId,
        MerchantTransId = payment.MerchantTransId,
        OrderQrCode = QrUrl(payment.AcquirementId),
    };

    private string QrUrl(string acquirementId) => publicAddress.BaseUrl + "/qr/" + acquirementId;
}
