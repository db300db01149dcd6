namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>The money movement a row records; written as <c>PAYMENT</c>, <c>REFUND</c> or <c>CANCEL</c>.</summary>
internal enum ReconciliationRowType
{
    Payment,
    Refund,
    Cancel,
}
