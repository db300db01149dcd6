using System.Text.Json;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Protocol.Validation;

/// <summary>Checks fields in order and keeps the first broken rule.</summary>
internal sealed class FieldRules
{
    public ValidationError? Error { get; private set; }

    public FieldRules Check(bool ok, string field, string rule)
    {
        if (Error is null && !ok)
        {
            Error = new ValidationError(field, rule);
        }
        return this;
    }

    public FieldRules Required(string field, string? value, int maxLength) =>
        Check(!string.IsNullOrEmpty(value), field, "is required").Optional(field, value, maxLength);

    public FieldRules Optional(string field, string? value, int maxLength) =>
        Check(value is null || value.Length <= maxLength, field, $"must be at most {maxLength} characters");

    /// <summary>An identifier: present, at most <paramref name="maxLength"/>, plain text (no control character, not blank).</summary>
    public FieldRules Identifier(string field, string? value, int maxLength) => Required(field, value, maxLength).PlainText(field, value);

    /// <summary>An identifier that may be absent (null or empty); when given, plain text.</summary>
    public FieldRules OptionalIdentifier(string field, string? value, int maxLength) => Optional(field, value, maxLength).PlainText(field, value);

    /// <summary>A title or name: the same plain-text rules as an identifier.</summary>
    public FieldRules Title(string field, string? value, int maxLength, bool required) =>
        required ? Identifier(field, value, maxLength) : OptionalIdentifier(field, value, maxLength);

    /// <summary>Free text: any characters but U+0000, which PostgreSQL cannot store and no till means to send.</summary>
    public FieldRules FreeText(string field, string? value, int maxLength) =>
        Optional(field, value, maxLength).Check(value is null || !value.Contains('\0', StringComparison.Ordinal), field, TextRules.NulRule);

    /// <summary>No control character (U+0000–U+001F, U+007F) and not only white space; null and empty pass (see Required).</summary>
    public FieldRules PlainText(string field, string? value)
    {
        if (Error is not null || string.IsNullOrEmpty(value))
        {
            return this;
        }
        var at = TextRules.IndexOfControl(value);
        if (at >= 0)
        {
            return Check(false, field, $"{TextRules.ControlRule}; found U+{(int)value[at]:X4} at character {at + 1}");
        }
        return Check(!string.IsNullOrWhiteSpace(value), field, TextRules.BlankRule);
    }

    public FieldRules Present(string field, object? value) => Check(value is not null, field, "is required");

    public FieldRules Equal(string field, string? value, string expected) =>
        Check(!string.IsNullOrEmpty(value), field, "is required").Check(value is null || value == expected, field, $"must be {expected}");

    public FieldRules Money(string field, Amount? amount)
    {
        if (Error is null && !Protocol.Money.Money.TryParse(amount, out _, out var e))
        {
            Error = new ValidationError(e.Field.Length == 0 ? field : $"{field}.{e.Field}", e.Rule);
        }
        return this;
    }

    public FieldRules JsonObjectText(string field, string? value, int maxLength)
    {
        Optional(field, value, maxLength);
        return Check(value is null || IsJsonObject(value), field, "must be a JSON object written as a string, e.g. \"{}\"");
    }

    public FieldRules DateTime(string field, string? value) =>
        Check(value is null || Rfc3339.TryParse(value, out _), field, "must be an RFC 3339 date-time with offset, e.g. 2026-11-27T10:15:00+08:00");

    public FieldRules Url(string field, string? value, int maxLength)
    {
        Optional(field, value, maxLength).PlainText(field, value);
        return Check(
            value is null || NotifyUrls.IsHttpUrl(value),
            field, "must be an absolute http or https URL");
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
