namespace AlipayInStore.Protocol.Validation;

/// <summary>The text rules of identifiers and titles (docs/protocol.md §7), in the words the refusals use.</summary>
public static class TextRules
{
    /// <summary>The rule against control characters.</summary>
    public const string ControlRule = "must not hold control characters (U+0000–U+001F, U+007F)";

    /// <summary>The rule against values made only of white space.</summary>
    public const string BlankRule = "must not be blank (only white space)";

    /// <summary>The rule of free text: anything but U+0000.</summary>
    public const string NulRule = "must not hold U+0000 (NUL)";

    /// <summary>The index of the first control character (U+0000–U+001F, U+007F) in <paramref name="value"/>, or -1.</summary>
    public static int IndexOfControl(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is < '\u0020' or '\u007F')
            {
                return i;
            }
        }
        return -1;
    }
}
