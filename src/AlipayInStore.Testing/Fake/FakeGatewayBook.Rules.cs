using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Testing;

internal sealed partial class FakeGatewayBook
{
    /// <summary>The one code the fake knows to be unknown, as in docs/scenarios.md; every other <c>28</c> + 16 digits code is a buyer's.</summary>
    public const string UnknownCode = "280000000000000000";

    private readonly Dictionary<string, RefundRequest> _refunds = new(StringComparer.Ordinal);

    public RefundResponse Refund(RefundRequest request)
    {
        if (RequestValidator.Validate(request) is { } invalid)
        {
            return new RefundResponse { ResultInfo = ResultCodes.ParamIllegal.ToInfo(invalid.Message) };
        }
        Money.TryParse(request.RefundAmount, out var amount, out _);
        if (request.IsSync != true)
        {
            return new RefundResponse { ResultInfo = ResultCodes.UnknownException.ToInfo("The sandbox supports synchronous refunds only: send isSync true") };
        }
        lock (_gate)
        {
            if (Refusal(request.PartnerId, null) is { } refusal)
            {
                return new RefundResponse { ResultInfo = refusal };
            }
            if (_refunds.TryGetValue(request.MerchantRefundId!, out var earlier))
            {
                return earlier.AcquirementId == request.AcquirementId && earlier.RefundAmount == request.RefundAmount
                    ? RefundAnswer(earlier, ResultCodes.Success.ToInfo())
                    : new RefundResponse { ResultInfo = ResultCodes.RepeatReqInconsistent.ToInfo("merchantRefundId was already used with a different transaction or amount") };
            }
            if (!_byAcquirementId.TryGetValue(request.AcquirementId!, out var t) || t.Kind == FakeTransactionKind.CancelledBeforeCreation)
            {
                return new RefundResponse { ResultInfo = ResultCodes.OrderNotExist.ToInfo() };
            }
            if (Scenarios.IsRefundFailure(amount, sandbox: true))
            {
                return new RefundResponse { ResultInfo = ResultCodes.MerchantBalanceNotEnough.ToInfo("Scenario 9908: the merchant's balance is not enough") };
            }
            CloseIfExpired(t);
            if (t.Status != "SUCCESS")
            {
                return new RefundResponse { ResultInfo = ResultCodes.OrderStatusInvalid.ToInfo($"Only paid transactions can be refunded; this one is {t.Status}") };
            }
            if (amount.Currency != t.Amount.Currency)
            {
                return new RefundResponse { ResultInfo = ResultCodes.ParamIllegal.ToInfo($"body.refundAmount.currency must be the order currency ({t.Amount.Currency})") };
            }
            if (t.Refunded + amount.MinorUnits > t.Amount.MinorUnits)
            {
                var left = new Money(t.Amount.MinorUnits - t.Refunded, t.Amount.Currency);
                return new RefundResponse { ResultInfo = ResultCodes.RefundAmountExceed.ToInfo($"At most {left.ToDecimalString()} {left.Currency} of this transaction can still be refunded") };
            }
            t.Refunded += amount.MinorUnits;
            _balances[t.Buyer!] = Balance(t.Buyer!) + amount.MinorUnits;
            _refunds[request.MerchantRefundId!] = request;
            return RefundAnswer(request, ResultCodes.Success.ToInfo());
        }
    }

    /// <summary>The buyer pays a waiting transaction; null when done, else the sandbox's refusal in words.</summary>
    public string? Confirm(string acquirementId, string buyer)
    {
        lock (_gate)
        {
            if (!TryWaiting(acquirementId, out var t, out var refusal))
            {
                return refusal;
            }
            if (t.Scenario == Scenarios.BuyerNeverConfirms)
            {
                return "Scenario 9904: this buyer never confirms; the order closes when it expires";
            }
            t.Buyer ??= buyer;
            if (!FailByScenario(t))
            {
                Charge(t);
            }
            return null;
        }
    }

    /// <summary>The buyer declines a waiting transaction; null when done, else the refusal in words.</summary>
    public string? Decline(string acquirementId)
    {
        lock (_gate)
        {
            if (!TryWaiting(acquirementId, out var t, out var refusal))
            {
                return refusal;
            }
            t.Status = "CLOSED";
            return null;
        }
    }

    /// <summary>Finds the transaction and closes it if expired; false, with the refusal in words, unless it still waits for the buyer. Call under <c>_gate</c>.</summary>
    private bool TryWaiting(string acquirementId, [NotNullWhen(true)] out FakeTransaction? t, [NotNullWhen(false)] out string? refusal)
    {
        if (!_byAcquirementId.TryGetValue(acquirementId, out t))
        {
            refusal = "No such transaction";
            return false;
        }
        CloseIfExpired(t);
        if (t.Status != "WAIT_BUYER_PAY")
        {
            refusal = $"The transaction is {t.Status}, not waiting for the buyer";
            return false;
        }
        refusal = null;
        return true;
    }

    public string? StatusOf(string acquirementId)
    {
        lock (_gate)
        {
            return _byAcquirementId.TryGetValue(acquirementId, out var t) ? t.Status : null;
        }
    }

    private PayResponse Repeat(FakeTransaction existing, Money amount, string identityCode)
    {
        if (existing.Kind == FakeTransactionKind.CancelledBeforeCreation)
        {
            return new PayResponse { ResultInfo = ResultCodes.OrderIsClosed.ToInfo("This merchantTransId was cancelled before any payment") };
        }
        if (existing.Kind != FakeTransactionKind.BarCode || existing.Amount != amount || existing.IdentityCode != identityCode)
        {
            return new PayResponse { ResultInfo = ResultCodes.RepeatReqInconsistent.ToInfo("merchantTransId was already used with a different amount, currency, payment code or function") };
        }
        CloseIfExpired(existing);
        return PayAnswer(existing, Current(existing));
    }

    private ResultInfo? Refusal(string? partnerId, string? currency) =>
        partnerId != options.PartnerId ? ResultCodes.AccessDenied.ToInfo($"The partnerId {partnerId} does not belong to this clientId")
        : currency is not null && currency != "USD" ? ResultCodes.CurrencyNotSupport.ToInfo($"The sandbox accepts USD only, not {currency}")
        : null;

    private bool IsKnownCode(string code) => code != UnknownCode && CodeShape().IsMatch(code);

    private bool FailByScenario(FakeTransaction t)
    {
        var code = t.Scenario switch
        {
            Scenarios.BalanceTooLow => ResultCodes.BuyerBalanceNotEnough.Code,
            Scenarios.FraudReject => ResultCodes.FraudReject.Code,
            _ => null,
        };
        if (code is not null)
        {
            t.Status = "CLOSED";
            t.FailureCode = code;
        }
        return code is not null;
    }

    /// <summary>Charges the buyer, or closes the transaction when the balance is short (as the sandbox's settlement does).</summary>
    private void Charge(FakeTransaction t)
    {
        if (t.Amount.MinorUnits > Balance(t.Buyer!))
        {
            t.Status = "CLOSED";
            t.FailureCode = ResultCodes.BuyerBalanceNotEnough.Code;
            return;
        }
        _balances[t.Buyer!] = Balance(t.Buyer!) - t.Amount.MinorUnits;
        t.Status = "SUCCESS";
        t.PaidAt = Now;
    }

    private void CloseIfExpired(FakeTransaction t)
    {
        if (t.Status == "WAIT_BUYER_PAY" && t.ExpiresAt is { } at && Now >= at)
        {
            t.Status = "CLOSED";
        }
    }

    private static ResultInfo Current(FakeTransaction t) => t.Status switch
    {
        "SUCCESS" => ResultCodes.Success.ToInfo(),
        "WAIT_BUYER_PAY" => ResultCodes.UserPaying.ToInfo(),
        "CLOSED" => (ResultCodes.Find(t.FailureCode) ?? ResultCodes.OrderIsClosed).ToInfo(),
        _ => ResultCodes.OrderIsClosed.ToInfo("The transaction was cancelled"),
    };

    private long Balance(string buyer) => _balances.TryGetValue(buyer, out var b) ? b : options.BuyerBalance;

    private FakeTransaction Add(FakeTransaction t)
    {
        _byTransId[t.MerchantTransId] = t;
        _byAcquirementId[t.AcquirementId] = t;
        return t;
    }

    private FakeTransaction? Find(string? acquirementId, string? merchantTransId) =>
        !string.IsNullOrEmpty(acquirementId) ? _byAcquirementId.GetValueOrDefault(acquirementId)
        : merchantTransId is not null ? _byTransId.GetValueOrDefault(merchantTransId) : null;

    private string NewAcquirementId() =>
        Now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "1121" + Interlocked.Increment(ref _sequence).ToString("D20", CultureInfo.InvariantCulture);

    private PayResponse PayAnswer(FakeTransaction t, ResultInfo info) => new()
    {
        ResultInfo = info,
        AcquirementId = t.AcquirementId,
        MerchantTransId = t.MerchantTransId,
        OrderAmount = Amount.From(t.Amount),
        PayAmount = t.Status == "SUCCESS" ? Amount.From(t.Amount) : null,
        ConversionRate = t.Status == "SUCCESS" ? ExchangeRate.Between(t.Amount.Currency, t.Amount.Currency, "1") : null,
        PaymentTime = t.PaidAt is { } paid ? Rfc3339.Format(paid, TimeSpan.FromHours(8)) : null,
    };

    private PreCreateResponse QrAnswer(FakeTransaction t) => new()
    {
        ResultInfo = ResultCodes.Success.ToInfo(),
        AcquirementId = t.AcquirementId,
        MerchantTransId = t.MerchantTransId,
        OrderQrCode = options.GatewayUrl.TrimEnd('/') + "/qr/" + t.AcquirementId,
    };

    private static PayCancelResponse CancelAnswer(FakeTransaction t, ResultInfo info) => new() { ResultInfo = info, AcquirementId = t.AcquirementId, MerchantTransId = t.MerchantTransId };

    private RefundResponse RefundAnswer(RefundRequest r, ResultInfo info) => new()
    {
        ResultInfo = info,
        AcquirementId = r.AcquirementId,
        MerchantRefundId = r.MerchantRefundId,
        RefundId = "R" + r.AcquirementId,
        RefundAmount = r.RefundAmount,
        RefundStatus = "SUCCESS",
        RefundTime = Rfc3339.Format(Now, TimeSpan.FromHours(8)),
    };

    [GeneratedRegex("^28[0-9]{16}$")]
    private static partial Regex CodeShape();
}
