namespace AlipayInStore.Gateway.Acceptance;

/// <summary>A questionnaire answer that breaks a rule: the form field, its label as the reviewer asks it, and the rule.</summary>
internal sealed record QuestionnaireError(string Field, string Label, string Rule)
{
    public string Message => $"{Label}: {Rule}.";
}
