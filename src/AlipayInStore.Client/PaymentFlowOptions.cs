namespace AlipayInStore.Client;

/// <summary>Timing of <see cref="AlipayInStoreClient.PayAndConfirmAsync"/> and the customer-scan wait.</summary>
public sealed class PaymentFlowOptions
{
    /// <summary>Time between two payQuery calls. Default 5 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to poll for a final status before cancelling (barcode flow). Default 60 seconds.</summary>
    public TimeSpan PollDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times payCancel is tried before the outcome is <see cref="PaymentOutcomeKind.NeedsAttention"/>. Default 5.</summary>
    public int CancelAttempts { get; set; } = 5;

    /// <summary>Time between two payCancel attempts. Default 5 seconds.</summary>
    public TimeSpan CancelInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The defaults of the issue: poll every 5 s for 60 s, then cancel up to 5 times 5 s apart.</summary>
    public static PaymentFlowOptions Default => new();
}
