using System.Globalization;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Testing;

/// <summary>
/// The fake gateway's transactions and the sandbox profile's rules over them, in the sandbox's order of checks
/// (docs/scenarios.md); the scenario amounts are the gateway's own table (<see cref="Scenarios"/>).
/// </summary>
internal sealed partial class FakeGatewayBook(FakeGatewayOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeTransaction> _byTransId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeTransaction> _byAcquirementId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _balances = new(StringComparer.Ordinal);
    private long _sequence;

    public DateTimeOffset Now => options.TimeProvider.GetUtcNow();

    public (PayResponse Response, FakeTransaction? Slow) Pay(PayRequest request)
    {
        if (RequestValidator.Validate(request) is { } invalid)
        {
            return (new PayResponse { ResultInfo = ResultCodes.ParamIllegal.ToInfo(invalid.Message) }, null);
        }
        Money.TryParse(request.Order!.OrderAmount, out var amount, out _);
        lock (_gate)
        {
            if (Refusal(request.PartnerId, amount.Currency) is { } refusal)
            {
                return (new PayResponse { ResultInfo = refusal }, null);
            }
            if (_byTransId.TryGetValue(request.MerchantTransId!, out var existing))
            {
                return (Repeat(existing, amount, request.IdentityCode!), null);
            }
            if (!IsKnownCode(request.IdentityCode!))
            {
                return (new PayResponse { ResultInfo = ResultCodes.InvalidCode.ToInfo("No such payment code") }, null);
            }
            var scenario = Scenarios.OfPay(amount, sandbox: true);
            if (scenario == Scenarios.SystemErrorNothingCreated)
            {
                return (new PayResponse { ResultInfo = ResultCodes.SystemError.ToInfo("Scenario 9907: system error, nothing was created") }, null);
            }
            var created = Add(new FakeTransaction(NewAcquirementId(), request.MerchantTransId!, FakeTransactionKind.BarCode, amount, request.IdentityCode, scenario));
            if (!FailByScenario(created) && !Scenarios.WaitsForBuyer(scenario))
            {
                Charge(created);
            }
            if (Scenarios.WaitsForBuyer(scenario))
            {
                created.ExpiresAt = Now + options.PendingPayExpiry;
            }
            return scenario switch
            {
                Scenarios.SlowAnswer => (PayAnswer(created, ResultCodes.UserPaying.ToInfo()), created),
                Scenarios.UnknownButPaid => (PayAnswer(created, ResultCodes.UnknownException.ToInfo()), null),
                _ => (PayAnswer(created, Current(created)), null),
            };
        }
    }

    /// <summary>Scenario 9902 after its delay: charged unless it was cancelled, declined or expired meanwhile.</summary>
    public PayResponse CompleteSlowPay(FakeTransaction transaction)
    {
        lock (_gate)
        {
            CloseIfExpired(transaction);
            if (transaction.Status == "WAIT_BUYER_PAY")
            {
                Charge(transaction);
            }
            return PayAnswer(transaction, Current(transaction));
        }
    }

    public PreCreateResponse PreCreate(PreCreateRequest request)
    {
        if (RequestValidator.Validate(request) is { } invalid)
        {
            return new PreCreateResponse { ResultInfo = ResultCodes.ParamIllegal.ToInfo(invalid.Message) };
        }
        Money.TryParse(request.Order!.OrderAmount, out var amount, out _);
        lock (_gate)
        {
            if (Refusal(request.PartnerId, amount.Currency) is { } refusal)
            {
                return new PreCreateResponse { ResultInfo = refusal };
            }
            if (_byTransId.TryGetValue(request.MerchantTransId!, out var existing))
            {
                return existing.Kind == FakeTransactionKind.QrOrder && existing.Amount == amount
                    ? QrAnswer(existing)
                    : new PreCreateResponse { ResultInfo = ResultCodes.RepeatReqInconsistent.ToInfo("merchantTransId was already used with a different amount, currency or function") };
            }
            var order = Add(new FakeTransaction(NewAcquirementId(), request.MerchantTransId!, FakeTransactionKind.QrOrder, amount, null, Scenarios.OfPay(amount, sandbox: true)));
            order.ExpiresAt = Rfc3339.TryParse(request.ExpiryTime, out var expiry) ? expiry : Now + options.PreCreateDefaultExpiry;
            return QrAnswer(order);
        }
    }

    public PayQueryResponse Query(PayQueryRequest request)
    {
        if (RequestValidator.Validate(request) is { } invalid)
        {
            return new PayQueryResponse { ResultInfo = ResultCodes.ParamIllegal.ToInfo(invalid.Message) };
        }
        lock (_gate)
        {
            if (Refusal(request.PartnerId, null) is { } refusal)
            {
                return new PayQueryResponse { ResultInfo = refusal };
            }
            if (Find(request.AcquirementId, request.MerchantTransId) is not { } t)
            {
                return new PayQueryResponse { ResultInfo = ResultCodes.OrderNotExist.ToInfo() };
            }
            CloseIfExpired(t);
            return new PayQueryResponse
            {
                ResultInfo = ResultCodes.Success.ToInfo(),
                AcquirementId = t.AcquirementId,
                MerchantTransId = t.MerchantTransId,
                AcquirementStatus = t.Status,
                OrderAmount = Amount.From(t.Amount),
                PayAmount = t.Status == "SUCCESS" ? Amount.From(t.Amount) : null,
                PaymentTime = t.PaidAt is { } paid ? Rfc3339.Format(paid, TimeSpan.FromHours(8)) : null,
                RefundAmount = t.Refunded > 0 ? Amount.From(new Money(t.Refunded, t.Amount.Currency)) : null,
            };
        }
    }

    public PayCancelResponse Cancel(PayCancelRequest request)
    {
        if (RequestValidator.Validate(request) is { } invalid)
        {
            return new PayCancelResponse { ResultInfo = ResultCodes.ParamIllegal.ToInfo(invalid.Message) };
        }
        lock (_gate)
        {
            if (Refusal(request.PartnerId, null) is { } refusal)
            {
                return new PayCancelResponse { ResultInfo = refusal };
            }
            var t = Find(request.AcquirementId, request.MerchantTransId);
            if (t is null)
            {
                if (!string.IsNullOrEmpty(request.AcquirementId))
                {
                    return new PayCancelResponse { ResultInfo = ResultCodes.OrderNotExist.ToInfo(), AcquirementId = request.AcquirementId, MerchantTransId = request.MerchantTransId };
                }
                t = Add(new FakeTransaction(NewAcquirementId(), request.MerchantTransId!, FakeTransactionKind.CancelledBeforeCreation, new Money(0, "USD"), null, null) { Status = "CANCELLED" });
                return CancelAnswer(t, ResultCodes.Success.ToInfo());
            }
            CloseIfExpired(t);
            if (t.Refunded > 0 && t.Status == "SUCCESS")
            {
                return CancelAnswer(t, ResultCodes.OrderStatusInvalid.ToInfo("A transaction that has a refund cannot be cancelled"));
            }
            if (t.Status == "SUCCESS")
            {
                _balances[t.Buyer!] = Balance(t.Buyer!) + t.Amount.MinorUnits;
            }
            if (t.Status is "WAIT_BUYER_PAY" or "SUCCESS")
            {
                t.Status = "CANCELLED";
            }
            return CancelAnswer(t, ResultCodes.Success.ToInfo());
        }
    }
}
