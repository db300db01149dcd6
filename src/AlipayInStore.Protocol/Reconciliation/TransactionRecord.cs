namespace AlipayInStore.Protocol.Reconciliation;

/// <summary>One row of a reconciliation (transaction) file: one money movement of the business day.</summary>
/// <remarks>
/// Amounts are <see langword="long"/> minor units of their currency (cents for USD, yen for JPY), never negative.
/// The gateway writes these rows and the SDK reads them back, so both sides share this one definition; the columns that
/// may be empty default to the empty string and the rate to 1.
/// </remarks>
public sealed record TransactionRecord
{
    /// <summary><c>Partner_transaction_id</c>: the merchant's payment request id, or the merchant refund id for a refund.</summary>
    public required string PartnerTransactionId { get; init; }

    /// <summary><c>Transaction_id</c>: Alipay's payment id, or the refund id for a refund.</summary>
    public required string TransactionId { get; init; }

    /// <summary><c>Transaction_amount</c> in minor units of <see cref="Currency"/> (settlement currency).</summary>
    public required long Amount { get; init; }

    /// <summary><c>Charge_amount</c>: the fee, in minor units of <see cref="Currency"/>.</summary>
    public required long Fee { get; init; }

    /// <summary><c>Currency</c>: ISO 4217 code of the settlement currency.</summary>
    public required string Currency { get; init; }

    /// <summary><c>Payment_time</c>, with the offset of the file's time zone (GMT+8 unless configured otherwise).</summary>
    public required DateTimeOffset PaymentTime { get; init; }

    /// <summary><c>Transaction_type</c>.</summary>
    public required TransactionType Type { get; init; }

    /// <summary><c>Secondary_merchant_id</c>; may be empty.</summary>
    public string SecondaryMerchantId { get; init; } = "";

    /// <summary><c>Store_id</c>; may be empty.</summary>
    public string StoreId { get; init; } = "";

    /// <summary><c>Remark</c>; may be empty. <c>|</c>, CR and LF were replaced by spaces by the writer.</summary>
    public string Remark { get; init; } = "";

    /// <summary><c>Secondary_merchant_industry</c>: the merchant category code (MCC); may be empty.</summary>
    public string SecondaryMerchantIndustry { get; init; } = "";

    /// <summary><c>Secondary_merchant_name</c>; may be empty.</summary>
    public string SecondaryMerchantName { get; init; } = "";

    /// <summary><c>Operator_name</c> (store name or operator); may be empty.</summary>
    public string OperatorName { get; init; } = "";

    /// <summary><c>Order_scene</c>: <see cref="OrderScenes.PaymentQrCode"/> (merchant-scan pay) or <see cref="OrderScenes.TransactionQrCode"/> (preCreate); may be empty.</summary>
    public required string OrderScene { get; init; }

    /// <summary><c>Trans_currency</c>: ISO 4217 code of the order currency.</summary>
    public required string TransCurrency { get; init; }

    /// <summary><c>Trans_amount</c>: the order amount in minor units of <see cref="TransCurrency"/>.</summary>
    public required long TransAmount { get; init; }

    /// <summary><c>Trans_forex_rate</c>: the rate between order and settlement currency; 1 when they are equal.</summary>
    public decimal ForexRate { get; init; } = 1m;
}
