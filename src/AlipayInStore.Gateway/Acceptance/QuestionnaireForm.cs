using System.Globalization;
using System.Net.Mail;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>
/// The questionnaire as posted by the portal's form: every field as typed, so a wrong answer reaches
/// <see cref="Validate"/> (which names the field and the rule) rather than failing model binding silently.
/// </summary>
internal sealed class QuestionnaireForm
{
    public const int MinTimeoutSeconds = 1;
    public const int MaxTimeoutSeconds = 60;
    public const int MaxSoftwareLength = 100;
    public const int MaxVersionLength = 50;
    public const int MaxEmailLength = 254;
    public const int MaxNotesLength = 2000;

    /// <summary>"direct" or "isv".</summary>
    public string? IntegrationMode { get; set; }
    public string? PosSoftware { get; set; }
    public string? PosVersion { get; set; }
    public bool MerchantScan { get; set; }
    public bool CustomerScan { get; set; }

    /// <summary>Whole seconds, 1 to 60, as typed.</summary>
    public string? PayTimeoutSeconds { get; set; }

    /// <summary>"notification", "polling" or "both"; required when customer-scan is chosen.</summary>
    public string? ResultChannel { get; set; }

    /// <summary>"yes" or "no".</summary>
    public string? RefundsFromTill { get; set; }
    public string? ContactEmail { get; set; }
    public string? Notes { get; set; }

    public static QuestionnaireForm From(QuestionnaireAnswers a) => new()
    {
        IntegrationMode = a.IntegrationMode.ToString().ToLowerInvariant(),
        PosSoftware = a.PosSoftware,
        PosVersion = a.PosVersion,
        MerchantScan = a.MerchantScan,
        CustomerScan = a.CustomerScan,
        PayTimeoutSeconds = a.PayTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
        ResultChannel = a.ResultChannel?.ToString().ToLowerInvariant(),
        RefundsFromTill = a.RefundsFromTill ? "yes" : "no",
        ContactEmail = a.ContactEmail,
        Notes = a.Notes,
    };

    /// <summary>The answers when every rule holds; otherwise null and every broken rule, in the order of the form.</summary>
    public (QuestionnaireAnswers? Answers, IReadOnlyList<QuestionnaireError> Errors) Validate()
    {
        var errors = new List<QuestionnaireError>();
        void Fail(string field, string label, string rule) => errors.Add(new QuestionnaireError(field, label, rule));

        var mode = Trim(IntegrationMode) switch
        {
            "direct" => Acceptance.IntegrationMode.Direct,
            "isv" => Acceptance.IntegrationMode.Isv,
            _ => (Acceptance.IntegrationMode?)null,
        };
        if (mode is null)
        {
            Fail(nameof(IntegrationMode), QuestionnaireAnswers.IntegrationModeLabel, "is required: choose direct or ISV");
        }
        var software = Text(nameof(PosSoftware), QuestionnaireAnswers.PosSoftwareLabel, PosSoftware, MaxSoftwareLength, Fail);
        var version = Text(nameof(PosVersion), QuestionnaireAnswers.PosVersionLabel, PosVersion, MaxVersionLength, Fail);
        if (!MerchantScan && !CustomerScan)
        {
            Fail(nameof(MerchantScan), QuestionnaireAnswers.PaymentTypesLabel, "choose at least one: merchant-scan or customer-scan");
        }
        var timeoutText = Trim(PayTimeoutSeconds);
        var timeoutOk = int.TryParse(timeoutText, NumberStyles.None, CultureInfo.InvariantCulture, out var timeout)
            && timeout is >= MinTimeoutSeconds and <= MaxTimeoutSeconds;
        if (!timeoutOk)
        {
            Fail(nameof(PayTimeoutSeconds), QuestionnaireAnswers.PayTimeoutLabel, timeoutText.Length == 0
                ? "is required"
                : $"must be a whole number from {MinTimeoutSeconds} to {MaxTimeoutSeconds} (got '{timeoutText}')");
        }
        var channel = Trim(ResultChannel) switch
        {
            "notification" => Acceptance.ResultChannel.Notification,
            "polling" => Acceptance.ResultChannel.Polling,
            "both" => Acceptance.ResultChannel.Both,
            _ => (Acceptance.ResultChannel?)null,
        };
        if (CustomerScan && channel is null)
        {
            Fail(nameof(ResultChannel), QuestionnaireAnswers.ResultChannelLabel, "is required with customer-scan: choose notification, polling or both");
        }
        var refunds = Trim(RefundsFromTill) switch { "yes" => true, "no" => false, _ => (bool?)null };
        if (refunds is null)
        {
            Fail(nameof(RefundsFromTill), QuestionnaireAnswers.RefundsLabel, "is required: answer yes or no");
        }
        var email = Text(nameof(ContactEmail), QuestionnaireAnswers.ContactEmailLabel, ContactEmail, MaxEmailLength, Fail);
        if (email.Length > 0 && !IsEmail(email))
        {
            Fail(nameof(ContactEmail), QuestionnaireAnswers.ContactEmailLabel, $"must be an e-mail address like name@example.com (got '{email}')");
        }
        var notes = (Notes ?? "").Trim();
        if (notes.Length > MaxNotesLength)
        {
            Fail(nameof(Notes), QuestionnaireAnswers.NotesLabel, $"must be at most {MaxNotesLength} characters (got {notes.Length})");
        }
        return errors.Count > 0
            ? (null, errors)
            : (new QuestionnaireAnswers(mode!.Value, software, version, MerchantScan, CustomerScan, timeout,
                CustomerScan ? channel : null, refunds!.Value, email, notes), errors);
    }

    private static string Trim(string? value) => (value ?? "").Trim();

    private static string Text(string field, string label, string? value, int maxLength, Action<string, string, string> fail)
    {
        var text = Trim(value);
        if (text.Length == 0)
        {
            fail(field, label, "is required");
        }
        else if (text.Length > maxLength)
        {
            fail(field, label, $"must be at most {maxLength} characters (got {text.Length})");
        }
        return text;
    }

    // One address, nothing around it, and a domain with a dot: what a reviewer can actually write to.
    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.DisplayName.Length == 0
        && address.Host.Contains('.', StringComparison.Ordinal) && !address.Host.EndsWith('.');
}
