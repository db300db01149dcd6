using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Customer-scan expiry, refund and format cases.</summary>
internal static class OrderAndRefundCases
{
    private const string PreCreate = ApiFunctions.PreCreate;
    private const string Cancel = ApiFunctions.PayCancel;
    private const string Refund = ApiFunctions.Refund;

    public static IEnumerable<AcceptanceCase> All() =>
    [
        new("customer-scan-expiry", "An expired customer-scan order is cancelled",
            "Create an order and let it go unpaid; when your waiting time ends, cancel it.", QrCancelled),
        new("two-partial-refunds", "Two partial refunds of one payment",
            "Refund part of a paid transaction, then another part, each with its own merchantRefundId.", TwoPartials),
        new("refund-retried-same-id", "A refund retried with the same merchantRefundId",
            "Refund part of a paid transaction, then send the very same refund again (same merchantRefundId and amount), as after a timeout.", RetriedRefund),
        new("direct-mode-seller-ids", "Direct-mode seller ids",
            "Make any pay or preCreate: seller.secondaryMerchantId and seller.storeId must equal your partnerId.", SellerIds),
        new("reqtime-rfc3339", "reqTime in RFC 3339 with offset",
            "Make any call: head.reqTime must be RFC 3339 with an offset, e.g. 2026-11-27T10:15:00+08:00, and close to real time.", ReqTime),
    ];

    private static CaseGrade QrCancelled(CaseTraffic t)
    {
        var order = t.Calls(PreCreate).FirstOrDefault(e => e.ResultStatus == "S");
        if (order is null)
        {
            return CaseGrade.Pending("No preCreate succeeded yet.");
        }
        var cancel = t.After(order).FirstOrDefault(e => e.Is(Cancel) && e.IsFor(order) && e.ResultStatus == "S");
        return cancel is not null
            ? CaseGrade.Passed("The unpaid order was cancelled.", order, cancel)
            : t.Finished
                ? CaseGrade.Failed("The unpaid order was never cancelled.", "When the buyer does not pay in time, call payCancel so the order cannot be paid later.", order)
                : CaseGrade.Pending("Waiting for a payCancel of that order.", order);
    }

    private static CaseGrade TwoPartials(CaseTraffic t)
    {
        var refunds = t.Calls(Refund).Where(e => e.ResultStatus == "S").GroupBy(e => e.AcquirementId)
            .FirstOrDefault(g => g.Select(e => e.MerchantRefundId).Distinct().Count() >= 2);
        if (refunds is not null)
        {
            var two = refunds.DistinctBy(e => e.MerchantRefundId).Take(2).ToArray();
            return CaseGrade.Passed("Two refunds with distinct merchantRefundIds succeeded on one transaction.", two);
        }
        var reused = t.Calls(Refund).Where(e => e.ResultCode == "REPEAT_REQ_INCONSISTENT").ToArray();
        return reused.Length > 0
            ? CaseGrade.Failed("A second refund reused a merchantRefundId with another amount.", "Give every new refund its own merchantRefundId; reuse an id only to retry the same refund.", reused)
            : CaseGrade.Pending("Waiting for two successful refunds of one transaction.");
    }

    private static CaseGrade RetriedRefund(CaseTraffic t)
    {
        var pair = t.Calls(Refund).Where(e => e.ResultStatus == "S").GroupBy(e => e.MerchantRefundId).FirstOrDefault(g => g.Count() >= 2);
        if (pair is null)
        {
            return CaseGrade.Pending("Waiting for the same refund to be sent twice.");
        }
        var (first, second) = (pair.First(), pair.Skip(1).First());
        return first.RefundId == second.RefundId
            ? CaseGrade.Passed("The repeated refund returned the same refundId: one refund, no double payout.", first, second)
            : CaseGrade.Failed("The repeated refund was not the same refund.", "Retry a refund with the same merchantRefundId, acquirementId and amount.", first, second);
    }

    private static CaseGrade SellerIds(CaseTraffic t)
    {
        var orders = t.Exchanges.Where(e => e.Is(ApiFunctions.Pay) || e.Is(PreCreate)).ToArray();
        var wrong = orders.FirstOrDefault(e => !e.SellerIsPartner);
        if (wrong is not null)
        {
            return CaseGrade.Failed("seller ids differ from partnerId.", "In direct integration set order.seller.secondaryMerchantId and order.seller.storeId to your partnerId.", wrong);
        }
        return orders.Length > 0 ? CaseGrade.Passed("Seller ids equal partnerId.", orders[0]) : CaseGrade.Pending("No pay or preCreate yet.");
    }

    private static CaseGrade ReqTime(CaseTraffic t)
    {
        var wrong = t.Exchanges.FirstOrDefault(e => e.ReqTime is null || !Rfc3339.TryParse(e.ReqTime, out _) || e.ResultCode == "REQUEST_TIME_INVALID");
        if (wrong is not null)
        {
            return CaseGrade.Failed($"reqTime '{wrong.ReqTime}' was refused or is not RFC 3339 with offset.",
                "Send reqTime as DateTimeOffset formatted yyyy-MM-ddTHH:mm:sszzz, from a synchronised clock.", wrong);
        }
        return t.Exchanges.Count > 0 ? CaseGrade.Passed("Every reqTime was RFC 3339 with offset and within the window.", t.Exchanges[0]) : CaseGrade.Pending("No call yet.");
    }
}
