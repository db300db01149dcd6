using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Customer-scan: creates an order that waits for the buyer, with a QR URL that opens it in the wallet.</summary>
internal sealed class PreCreateService(GatewayDbContext db, FxTable fx, BusinessDay day, TimeProvider clock, IOptions<GatewayOptions> options, PublicAddress publicAddress)
{
    public async Task<PreCreateResponse> PreCreateAsync(Merchant merchant, PreCreateRequest request, CancellationToken ct)
    {
        var order = OrderDetails.From(request.Order!);
        var now = clock.GetUtcNow();
        var settings = options.Value;
        if ((settings.IsSandbox && order.Amount.Currency != "USD") || (!settings.IsSandbox && !fx.Supports(order.Amount.Currency)))
        {
            return new() { ResultInfo = ResultCodes.CurrencyNotSupport.ToInfo($"{order.Amount.Currency} is not supported in the {settings.Profile} profile") };
        }
        var expiry = now + settings.PreCreateDefaultExpiry;
        if (request.ExpiryTime is not null && Rfc3339.TryParse(request.ExpiryTime, out var asked))
        {
            if (asked <= now || asked > now + settings.PreCreateMaxExpiry)
            {
                return new() { ResultInfo = ResultCodes.ParamIllegal.ToInfo($"body.expiryTime must be in the future and at most {settings.PreCreateMaxExpiry.TotalHours:0.##} hours ahead") };
            }
            expiry = asked;
        }
        try
        {
            var payment = await UnitOfWork.RunAsync(db, async token =>
            {
                var created = new Payment(TransactionIds.NewAcquirementId(day.DateOf(now)), merchant.Id, merchant.PartnerId, request.MerchantTransId!, PaymentKind.QrCode, now);
                created.SetOrder(order, Scenarios.OfPay(order.Amount, settings.IsSandbox), request.NotifyUrl, expiry);
                db.Payments.Add(created);
                await db.SaveChangesAsync(token);
                return created;
            }, ct);
            return Created(payment);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            var existing = await db.Payments.AsNoTracking().SingleAsync(p => p.PartnerId == merchant.PartnerId && p.MerchantTransId == request.MerchantTransId, ct);
            if (existing.Kind == PaymentKind.CancelledBeforeCreation)
            {
                return new() { ResultInfo = ResultCodes.OrderIsClosed.ToInfo("This merchantTransId was cancelled before any order was created") };
            }
            if (existing.Kind != PaymentKind.QrCode || existing.Amount != order.Amount.MinorUnits || existing.Currency != order.Amount.Currency)
            {
                return new() { ResultInfo = ResultCodes.RepeatReqInconsistent.ToInfo("merchantTransId was already used with different values") };
            }
            return Created(existing);
        }
    }

    private PreCreateResponse Created(Payment payment) => new()
    {
        ResultInfo = ResultCodes.Success.ToInfo(),
        AcquirementId = payment.AcquirementId,
        MerchantTransId = payment.MerchantTransId,
        OrderQrCode = QrUrl(payment.AcquirementId),
    };

    public string QrUrl(string acquirementId) => publicAddress.BaseUrl + "/qr/" + acquirementId;
}
