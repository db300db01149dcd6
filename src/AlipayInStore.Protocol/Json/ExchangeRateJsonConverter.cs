using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Protocol.Json;

/// <summary>
/// Reads <c>conversionRate</c> in any shape seen or likely: the object this project writes
/// (<c>quoteCurrencyPair</c>, <c>quotePrice</c>), objects naming the parts <c>sourceCurrency</c>/<c>baseCurrency</c>,
/// <c>targetCurrency</c> and <c>rate</c>/<c>value</c>/<c>exchangeRate</c>, the plain string of earlier answers
/// (<c>"0.0067"</c>), or a JSON number. Any other token (an array, a boolean) is skipped and read as absent, so an
/// unexpected rate never hides the payment's outcome. Writes the object form, leaving out absent parts.
/// </summary>
public sealed class ExchangeRateJsonConverter : JsonConverter<ExchangeRate>
{
    /// <inheritdoc/>
    public override ExchangeRate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new ExchangeRate { QuotePrice = reader.GetString() };
            case JsonTokenType.Number:
                return new ExchangeRate { QuotePrice = RawNumber(ref reader) };
            case JsonTokenType.StartObject:
                return ReadObject(ref reader);
            default:
                reader.Skip();
                return null;
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExchangeRate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.QuoteCurrencyPair is { } pair)
        {
            writer.WriteString("quoteCurrencyPair", pair);
        }
        if (value.QuotePrice is { } price)
        {
            writer.WriteString("quotePrice", price);
        }
        writer.WriteEndObject();
    }

    private static ExchangeRate ReadObject(ref Utf8JsonReader reader)
    {
        string? pair = null, price = null, source = null, target = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var text = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => RawNumber(ref reader),
                _ => null,
            };
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
            switch (name)
            {
                case "quoteCurrencyPair" or "currencyPair": pair = text; break;
                case "quotePrice" or "rate" or "value" or "exchangeRate" or "conversionRate": price = text; break;
                case "sourceCurrency" or "baseCurrency" or "fromCurrency": source = text; break;
                case "targetCurrency" or "toCurrency": target = text; break;
            }
        }
        pair ??= source is not null && target is not null ? source + "/" + target : null;
        return new ExchangeRate { QuoteCurrencyPair = pair, QuotePrice = price };
    }

    private static string RawNumber(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan);
}
