using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Merchant-scan cases: the pay, poll, cancel discipline of a till.</summary>
internal static class PaymentCases
{
    private const string Pay = ApiFunctions.Pay;
    private const string Query = ApiFunctions.PayQuery;
    private const string Cancel = ApiFunctions.PayCancel;

    public static IEnumerable<AcceptanceCase> All() =>
    [
        new("merchant-scan-success", "Merchant-scan payment succeeds",
            "Scan a buyer's payment code from the wallet and charge an ordinary amount, e.g. 12.50 USD.", Success),
        new("buyer-confirms-9903", "Buyer confirmation is awaited by polling",
            "Charge 99.03 USD. The answer is USER_PAYING: keep polling payQuery while the buyer confirms in the wallet (or the control API).", BuyerConfirms),
        new("unknown-result-9901", "Unknown result is resolved by query, without a second charge",
            "Charge 99.01 USD. The answer is UNKNOWN_EXCEPTION: query the transaction and act on what it says.", UnknownResult),
        new("timeout-9902", "Pay timeout is resolved by query or cancel",
            "Charge 99.02 USD with your normal client timeout (under 30 s). The gateway answers after 30 s: query or cancel before then.", Timeout),
        new("never-confirms-9904", "A buyer who never confirms is cancelled",
            "Charge 99.04 USD. The buyer never confirms: poll for your usual time, then cancel.", NeverConfirms),
        new("balance-too-low-9905", "Balance too low is shown as failed, not retried blindly",
            "Charge 99.05 USD. The answer is final (BUYER_BALANCE_NOT_ENOUGH): show it to the cashier; do not retry. Finish the case when done.", BalanceTooLow),
        new(TamperedCaseId, "A tampered gateway answer is not trusted",
            "The kit alters the next pay answer after signing it. Charge an ordinary amount: your integration must refuse the answer (its signature no longer verifies) and settle the payment by payQuery.", Tampered, KitAction.TamperNextPay),
    ];

    public const string TamperedCaseId = "tampered-response";

    private static CaseGrade Tampered(CaseTraffic t)
    {
        var pay = t.Calls(Pay).FirstOrDefault(p => p.ResultMessage?.Contains(AcceptanceArming.Marker, StringComparison.Ordinal) == true);
        if (pay is null)
        {
            return CaseGrade.Pending("No pay has received the tampered answer yet.");
        }
        var check = t.After(pay).FirstOrDefault(e => (e.Is(Query) || e.Is(Pay)) && e.IsFor(pay));
        if (check is not null)
        {
            return CaseGrade.Passed("The tampered answer was not trusted: the payment was settled by asking again.", pay, check);
        }
        return t.Finished
            ? CaseGrade.Failed("The tampered answer was trusted: nothing asked the gateway again.",
                "Verify the signature of every answer over its exact response text; when it fails, treat the result as unknown and query.", pay)
            : CaseGrade.Pending("Waiting for a payQuery of that transaction.", pay);
    }

    private static CaseGrade Success(CaseTraffic t)
    {
        var paid = t.Calls(Pay).FirstOrDefault(p => p.ResultStatus == "S");
        if (paid is not null)
        {
            return CaseGrade.Passed("The payment succeeded and its request signature verified.", paid);
        }
        var tried = t.Calls(Pay).ToArray();
        return tried.Length == 0
            ? CaseGrade.Pending("No pay request yet.")
            : CaseGrade.Failed($"No pay succeeded: {string.Join("; ", tried.Select(p => p.ResultCode))}.",
                "Use a fresh payment code from the wallet (60 s, single use) and an amount that is not a scenario (not 99.0x).", tried);
    }

    private static CaseGrade BuyerConfirms(CaseTraffic t)
    {
        var pay = t.Calls(Pay).FirstOrDefault(p => p.Value == 9903 && p.ResultCode == "USER_PAYING");
        if (pay is null)
        {
            return CaseGrade.Pending("No pay of 99.03 answered USER_PAYING yet.");
        }
        var cancel = t.After(pay).FirstOrDefault(e => e.Is(Cancel) && e.IsFor(pay));
        var success = t.After(pay).FirstOrDefault(e => e.Is(Query) && e.IsFor(pay) && e.AcquirementStatus == AcquirementStatuses.Success);
        if (cancel is not null && (success is null || cancel.At < success.At))
        {
            return CaseGrade.Failed("The order was cancelled while the buyer was still confirming.",
                "On USER_PAYING poll payQuery (every 5 s for at least 60 s) before deciding to cancel.", pay, cancel);
        }
        return success is not null
            ? CaseGrade.Passed("USER_PAYING was followed by payQuery until SUCCESS.", pay, success)
            : CaseGrade.Pending("Waiting for a payQuery that shows SUCCESS (confirm the payment in the wallet).", pay);
    }

    private static CaseGrade UnknownResult(CaseTraffic t)
    {
        var pay = t.Calls(Pay).FirstOrDefault(p => p.Value == 9901 && p.ResultStatus == "U");
        if (pay is null)
        {
            return CaseGrade.Pending("No pay of 99.01 answered U yet.");
        }
        if (t.RepayAfter(pay) is { } repay)
        {
            return CaseGrade.Failed("After an unknown result the till paid again under a new merchantTransId: the buyer may be charged twice.",
                "On U, query the same transaction (payQuery) and act on its status; repeat a pay only with the same merchantTransId.", pay, repay);
        }
        var query = t.After(pay).FirstOrDefault(e => e.Is(Query) && e.IsFor(pay) && e.ResultStatus == "S");
        return query is not null
            ? CaseGrade.Passed($"The unknown result was resolved by payQuery ({query.AcquirementStatus}).", pay, query)
            : CaseGrade.Pending("Waiting for a payQuery of that transaction.", pay);
    }

    private static CaseGrade Timeout(CaseTraffic t)
    {
        var pay = t.Calls(Pay).FirstOrDefault(p => p.Value == 9902);
        if (pay is null)
        {
            return CaseGrade.Pending("No pay of 99.02 yet.");
        }
        if (t.RepayAfter(pay) is { } repay)
        {
            return CaseGrade.Failed("After the timeout the till paid again under a new merchantTransId.",
                "After a timeout, query (or cancel) the same merchantTransId; never start a second payment.", pay, repay);
        }
        var resolved = t.After(pay).FirstOrDefault(e => (e.Is(Query) || e.Is(Cancel)) && e.IsFor(pay) && e.At < pay.AnsweredAt);
        if (resolved is not null)
        {
            return CaseGrade.Passed("The till's own timeout fired first and it resolved the payment by " + resolved.Function?.Split('.').Last() + ".", pay, resolved);
        }
        return t.Finished
            ? CaseGrade.Failed("The till waited for the slow answer instead of timing out and querying.",
                "Give pay a client timeout under 30 s (15 s is usual); on timeout poll payQuery, then cancel if still unknown.", pay)
            : CaseGrade.Pending("Waiting for a payQuery or payCancel of that transaction while the pay is still unanswered.", pay);
    }

    private static CaseGrade NeverConfirms(CaseTraffic t)
    {
        var pay = t.Calls(Pay).FirstOrDefault(p => p.Value == 9904 && p.ResultCode == "USER_PAYING");
        if (pay is null)
        {
            return CaseGrade.Pending("No pay of 99.04 answered USER_PAYING yet.");
        }
        var cancel = t.After(pay).FirstOrDefault(e => e.Is(Cancel) && e.IsFor(pay) && e.ResultStatus == "S");
        if (cancel is not null)
        {
            return CaseGrade.Passed("The unconfirmed payment was cancelled.", pay, cancel);
        }
        return t.Finished
            ? CaseGrade.Failed("The unconfirmed payment was never cancelled.", "When polling ends without a final status, call payCancel (retry it up to 5 times).", pay)
            : CaseGrade.Pending("Waiting for a payCancel of that transaction.", pay);
    }

    private static CaseGrade BalanceTooLow(CaseTraffic t)
    {
        var pay = t.Calls(Pay).FirstOrDefault(p => p.Value == 9905 && p.ResultStatus == "F");
        if (pay is null)
        {
            return CaseGrade.Pending("No pay of 99.05 answered F yet.");
        }
        var retry = t.After(pay).FirstOrDefault(e => e.Is(Pay) && (e.IdentityCode == pay.IdentityCode || e.MerchantTransId == pay.MerchantTransId));
        if (retry is not null)
        {
            return CaseGrade.Failed("A final failure was retried with the same code or merchantTransId.",
                "F is final: show the result code to the cashier and ask the buyer for another payment method.", pay, retry);
        }
        return t.Finished
            ? CaseGrade.Passed("The final failure was not retried.", pay)
            : CaseGrade.Pending("Failure seen; finish the case to confirm it is not retried.", pay);
    }
}
