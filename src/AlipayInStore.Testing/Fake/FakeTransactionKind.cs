namespace AlipayInStore.Testing;

/// <summary>How a fake transaction came to be: a merchant-scan pay, a preCreate order, or a cancel before any pay.</summary>
internal enum FakeTransactionKind
{
    BarCode,
    QrOrder,
    CancelledBeforeCreation,
}
