using System.Text.RegularExpressions;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Testing;

namespace AlipayInStore.Protocol.Tests;

/// <summary>
/// <c>resultCodeId</c>s follow Ant's platform sibling where it publishes one (DANA, same <c>resultInfo</c> object:
/// PARAM_ILLEGAL 00000004, SYSTEM_ERROR 00000900); no two codes share an id, retired ids stay unused, and the table in
/// docs/protocol.md §7 says what the catalog says.
/// </summary>
public sealed class ResultCodeIdTests
{
    [Fact]
    public void Ids_PlatformSibling_ParamIllegalAndSystemErrorTakeItsIds()
    {
        Assert.Equal("00000004", ResultCodes.ParamIllegal.CodeId);
        Assert.Equal("00000900", ResultCodes.SystemError.CodeId);
        Assert.Equal("00000000", ResultCodes.Success.CodeId);
    }

    [Fact]
    public void Ids_FormerHolders_MovedToFreeValues()
    {
        Assert.Equal("00000007", ResultCodes.ClientInvalid.CodeId);
        Assert.Equal("00000903", ResultCodes.UnknownException.CodeId);
        Assert.Equal(ResultCodes.All.Count, ResultCodes.All.Select(c => c.CodeId).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(ResultCodes.All, c => ResultCodes.RetiredIds.Contains(c.CodeId));
    }

    [Fact]
    public void ProtocolDoc_ResultCodeTable_ListsEveryCodeWithItsStatusAndId()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "protocol.md"));
        foreach (var code in ResultCodes.All)
        {
            var row = new Regex($@"^\| `{code.Code}` \| {code.Status} \| `{code.CodeId}` \|", RegexOptions.Multiline);
            Assert.True(row.IsMatch(doc), $"docs/protocol.md §7 has no row '| `{code.Code}` | {code.Status} | `{code.CodeId}` |'");
        }
    }
}
