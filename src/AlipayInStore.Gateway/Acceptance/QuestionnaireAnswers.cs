using System.Globalization;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>
/// The questions a reviewer used to ask by e-mail before go-live, answered and valid
/// (made by <see cref="QuestionnaireForm.Validate"/> or read back from <see cref="AcceptanceQuestionnaire"/>).
/// </summary>
internal sealed record QuestionnaireAnswers(
    IntegrationMode IntegrationMode, string PosSoftware, string PosVersion, bool MerchantScan, bool CustomerScan,
    int PayTimeoutSeconds, ResultChannel? ResultChannel, bool RefundsFromTill, string ContactEmail, string Notes)
{
    public const string IntegrationModeLabel = "Integration mode";
    public const string PosSoftwareLabel = "POS or till software";
    public const string PosVersionLabel = "POS or till software version";
    public const string PaymentTypesLabel = "Payment types";
    public const string PayTimeoutLabel = "Client timeout for pay (seconds)";
    public const string ResultChannelLabel = "How the till learns a customer-scan result";
    public const string RefundsLabel = "Refunds issued from the till";
    public const string ContactEmailLabel = "Contact e-mail";
    public const string NotesLabel = "Notes";

    /// <summary>Every answer as a label and its text, in the order the questions are asked (the run page and the HTML report show these).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Describe() =>
    [
        new(IntegrationModeLabel, IntegrationMode == IntegrationMode.Direct ? "Direct (own merchant account)" : "ISV (on behalf of merchants)"),
        new(PosSoftwareLabel, PosSoftware),
        new(PosVersionLabel, PosVersion),
        new(PaymentTypesLabel, string.Join(", ", new[] { MerchantScan ? "merchant-scan" : null, CustomerScan ? "customer-scan" : null }.OfType<string>())),
        new(PayTimeoutLabel, PayTimeoutSeconds.ToString(CultureInfo.InvariantCulture)),
        new(ResultChannelLabel, ResultChannel switch
        {
            Acceptance.ResultChannel.Notification => "notification",
            Acceptance.ResultChannel.Polling => "polling (payQuery)",
            Acceptance.ResultChannel.Both => "notification and polling",
            _ => "not applicable (no customer-scan)",
        }),
        new(RefundsLabel, RefundsFromTill ? "yes" : "no"),
        new(ContactEmailLabel, ContactEmail),
        new(NotesLabel, Notes.Length == 0 ? "(none)" : Notes),
    ];
}
