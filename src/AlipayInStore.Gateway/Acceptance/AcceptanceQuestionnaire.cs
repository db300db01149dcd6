namespace AlipayInStore.Gateway.Acceptance;

/// <summary>The go-live questionnaire of one acceptance run: one row per run, answered again in place.</summary>
internal sealed class AcceptanceQuestionnaire
{
    private AcceptanceQuestionnaire()
    {
    }

    public AcceptanceQuestionnaire(long acceptanceRunId, QuestionnaireAnswers answers, DateTimeOffset now)
    {
        AcceptanceRunId = acceptanceRunId;
        Update(answers, now);
    }

    public long Id { get; private set; }

    /// <summary>The <see cref="AcceptanceRun.Id"/> (not its public run id) the answers belong to.</summary>
    public long AcceptanceRunId { get; private set; }
    public IntegrationMode IntegrationMode { get; private set; }
    public string PosSoftware { get; private set; } = "";
    public string PosVersion { get; private set; } = "";
    public bool MerchantScan { get; private set; }
    public bool CustomerScan { get; private set; }
    public int PayTimeoutSeconds { get; private set; }

    /// <summary>Null when the till does no customer-scan.</summary>
    public ResultChannel? ResultChannel { get; private set; }
    public bool RefundsFromTill { get; private set; }
    public string ContactEmail { get; private set; } = "";
    public string Notes { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public QuestionnaireAnswers Answers =>
        new(IntegrationMode, PosSoftware, PosVersion, MerchantScan, CustomerScan, PayTimeoutSeconds, ResultChannel, RefundsFromTill, ContactEmail, Notes);

    public void Update(QuestionnaireAnswers answers, DateTimeOffset now)
    {
        IntegrationMode = answers.IntegrationMode;
        PosSoftware = answers.PosSoftware;
        PosVersion = answers.PosVersion;
        MerchantScan = answers.MerchantScan;
        CustomerScan = answers.CustomerScan;
        PayTimeoutSeconds = answers.PayTimeoutSeconds;
        ResultChannel = answers.ResultChannel;
        RefundsFromTill = answers.RefundsFromTill;
        ContactEmail = answers.ContactEmail;
        Notes = answers.Notes;
        UpdatedAt = now;
    }
}
