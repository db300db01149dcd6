using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>
/// The merchant records of one id not yet matched. Almost always one record (a payment, or a refund);
/// a payment and its cancel share an id, so a few more go to <see cref="_rest"/>.
/// </summary>
internal struct MerchantSlot
{
    private MerchantRecord _first;
    private bool _hasFirst;
    private List<MerchantRecord>? _rest;

    public readonly bool IsEmpty => !_hasFirst;

    public void Add(MerchantRecord record)
    {
        if (!_hasFirst)
        {
            _first = record;
            _hasFirst = true;
            return;
        }
        (_rest ??= []).Add(record);
    }

    /// <summary>Takes the first record of <paramref name="type"/>, if any.</summary>
    public bool TryTake(TransactionType type, out MerchantRecord record)
    {
        if (_hasFirst && _first.Type == type)
        {
            record = _first;
            RemoveFirst();
            return true;
        }
        var index = _rest?.FindIndex(r => r.Type == type) ?? -1;
        if (index >= 0)
        {
            record = _rest![index];
            _rest.RemoveAt(index);
            return true;
        }
        record = default;
        return false;
    }

    /// <summary>Takes the first record whatever its type; the slot must not be empty.</summary>
    public MerchantRecord TakeAny()
    {
        var record = _first;
        RemoveFirst();
        return record;
    }

    /// <summary>Every record left, first one first.</summary>
    public readonly IEnumerable<MerchantRecord> Remaining()
    {
        if (_hasFirst)
        {
            yield return _first;
        }
        foreach (var r in _rest ?? [])
        {
            yield return r;
        }
    }

    private void RemoveFirst()
    {
        if (_rest is { Count: > 0 })
        {
            _first = _rest[0];
            _rest.RemoveAt(0);
            return;
        }
        _first = default;
        _hasFirst = false;
        _rest = null;
    }
}
