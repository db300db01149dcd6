using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Notification cases: the signed acknowledgement, a repeated notification, a forged one.</summary>
internal static class NotificationCases
{
    public const string RepeatCaseId = "duplicate-notification";
    public const string ForgedCaseId = "forged-notification";

    public static IEnumerable<AcceptanceCase> All() =>
    [
        new("customer-scan-success", "Customer-scan order is paid and the notification acknowledged with a signature",
            "Set your notify URL first (portal → Notifications, or notifyUrl in the request). Create an order (preCreate), show its QR code and let the buyer pay it in the wallet. " +
            "Your receiver must verify the notification and answer HTTP 200 with an S/SUCCESS acknowledgement signed with your private key.", QrPaid),
        new(RepeatCaseId, "A repeated notification is acknowledged again",
            "When this case starts the kit delivers your latest payment notification twice more, genuinely signed, as the gateway does when an acknowledgement is lost. " +
            "Acknowledge both (S/SUCCESS) without processing the payment twice. After fixing your receiver, have the kit send again (portal button, or alipay-instore acceptance kit).", Repeated, KitAction.RepeatNotification),
        new(ForgedCaseId, "A forged notification is rejected",
            "When this case starts the kit sends your latest payment notification to your notify URL signed with a key that is not the gateway's. " +
            "Your receiver must verify the signature and refuse it: any answer but S/SUCCESS (the SDK answers HTTP 401 with F/INVALID_SIGNATURE). The kit can send it again (portal button, or alipay-instore acceptance kit).", Forged, KitAction.ForgeNotification),
    ];

    private static CaseGrade QrPaid(CaseTraffic t)
    {
        var order = t.Calls(ApiFunctions.PreCreate).FirstOrDefault(e => e.ResultStatus == "S");
        if (order is null)
        {
            return CaseGrade.Pending("No preCreate succeeded yet.");
        }
        var deliveries = t.Deliveries.Where(d => d.Function == ApiFunctions.NotifyPay && d.Reference == order.AcquirementId).ToList();
        if (deliveries.FirstOrDefault(d => d.Acknowledged && d.Warning is null) is { } signed)
        {
            return CaseGrade.Passed("The order was paid and its notification acknowledged with a signature that verifies.", order, signed);
        }
        if (deliveries.FirstOrDefault(d => d.Acknowledged) is { } unsigned)
        {
            return CaseGrade.Failed($"The notification was acknowledged, but {unsigned.Warning}.",
                "Answer with a response envelope signed with your private key (Signature header over the exact body); production refuses an unsigned acknowledgement and retries for a day.",
                order, unsigned);
        }
        if (deliveries.LastOrDefault() is { } failed)
        {
            return CaseGrade.Failed($"The notification was not acknowledged: {failed.Error}.",
                failed.Sent
                    ? "Answer within 5 s with HTTP 200 and a signed S/SUCCESS acknowledgement for the same function (the SDK's MapAlipayNotifications does)."
                    : "Set your notify URL in the portal (Notifications) or send notifyUrl with preCreate, then re-send the notification from the portal.",
                order, failed);
        }
        return CaseGrade.Pending("Waiting for the buyer to pay and for the notification to be acknowledged.", order);
    }

    private static CaseGrade Repeated(CaseTraffic t)
    {
        if (t.KitDeliveries.FirstOrDefault(d => !d.Sent) is { } unsent)
        {
            return CaseGrade.Pending($"The kit sent nothing: {unsent.Error}", unsent);
        }
        if (t.KitDeliveries.Count == 0)
        {
            return CaseGrade.Pending("The kit has not sent the repeated notification yet.");
        }
        if (t.KitDeliveries.FirstOrDefault(d => !d.Acknowledged) is { } refused)
        {
            return CaseGrade.Failed($"A repeated notification was not acknowledged: {refused.Error}.",
                "A notification you have already processed must be acknowledged again (S/SUCCESS) without processing it twice: deduplicate on acquirementId (the SDK's receiver does).",
                [.. t.KitDeliveries]);
        }
        return CaseGrade.Passed($"Both repeats were acknowledged{(t.KitDeliveries.Any(d => d.Warning is not null) ? " (see the warnings)" : "")}.", [.. t.KitDeliveries]);
    }

    private static CaseGrade Forged(CaseTraffic t)
    {
        var forged = t.KitDeliveries.FirstOrDefault();
        if (forged is null)
        {
            return CaseGrade.Pending("The kit has not sent the forged notification yet.");
        }
        if (!forged.Sent)
        {
            return CaseGrade.Pending($"The kit sent nothing: {forged.Error}", forged);
        }
        if (forged.Accepted)
        {
            return CaseGrade.Failed("The forged notification was acknowledged as genuine: its signature was not checked.",
                "Verify every notification's signature over its exact body with the gateway's public key before reading it, and refuse it when it fails (e.g. HTTP 401 with F/INVALID_SIGNATURE).",
                forged);
        }
        if (forged.HttpStatus is null)
        {
            return CaseGrade.Failed($"The forged notification got no answer: {forged.Error}.",
                "Keep your notify URL reachable and answer every delivery within 5 s, refusing this one; then have the kit send it again.", forged);
        }
        return CaseGrade.Passed($"The forged notification was refused (HTTP {forged.HttpStatus}{(forged.Answer is null ? "" : " " + forged.Answer)}).", forged);
    }
}
