using AlipayInStore.Protocol.Validation;

namespace AlipayInStore.Client.Internal;

/// <summary>
/// The gateway's own field rules (<see cref="RequestValidator"/>), run before anything is signed or sent, so a till
/// learns of a blank or control-character id at once, with the field and the rule, instead of from a refusal.
/// </summary>
internal static class RequestCheck
{
    public static T Checked<T>(T body, Func<T, ValidationError?> validate, string? clientId)
    {
        if (RequestValidator.ValidateClientId(clientId) is { } head)
        {
            throw new AlipayConfigurationException($"The ClientId option breaks a rule: {head.Message}. Nothing was sent.");
        }
        if (validate(body) is { } error)
        {
            throw new ArgumentException($"{error.Message}. Nothing was sent to the gateway.", error.Field);
        }
        return body;
    }
}
