using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>
/// Compares a reconciliation file with the merchant's own records, keyed on <c>Partner_transaction_id</c>.
/// </summary>
/// <remarks>
/// The merchant's records are indexed in memory; the file is streamed, and each matched record leaves the
/// index at once, so memory is bounded by the merchant's records and never grows with the file's matched rows.
/// Amounts compare the order currency and amount (<c>Trans_currency</c>, <c>Trans_amount</c>), which is what
/// the merchant charged; the totals add up the settlement side (<c>Currency</c>, <c>Transaction_amount</c>,
/// <c>Charge_amount</c>).
/// </remarks>
public sealed class Reconciler(ReconcilerOptions? options = null)
{
    private readonly ReconcilerOptions _options = options ?? new ReconcilerOptions();

    /// <summary>Reconciles the file at <paramref name="filePath"/> with the merchant ledger CSV at <paramref name="ledgerPath"/>.</summary>
    /// <exception cref="ReconciliationFormatException">A line of either file breaks its format.</exception>
    public Task<ReconciliationReport> ReconcileFilesAsync(
        string filePath, string ledgerPath, ReconciliationReaderOptions? readerOptions = null, CancellationToken cancellationToken = default) =>
        ReconcileAsync(
            ReconciliationFileReader.ReadFileAsync(filePath, readerOptions, cancellationToken),
            MerchantLedgerReader.ReadFileAsync(ledgerPath, cancellationToken),
            cancellationToken);

    /// <summary>Indexes <paramref name="merchantRecords"/>, then streams <paramref name="fileRows"/> against them.</summary>
    /// <exception cref="ReconciliationFormatException">A line of either source breaks its format.</exception>
    public async Task<ReconciliationReport> ReconcileAsync(
        IAsyncEnumerable<TransactionRecord> fileRows, IAsyncEnumerable<MerchantRecord> merchantRecords, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileRows);
        ArgumentNullException.ThrowIfNull(merchantRecords);
        var index = new Dictionary<string, MerchantSlot>(StringComparer.Ordinal);
        var merchantCount = 0L;
        await foreach (var record in merchantRecords.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(index, record.PartnerTransactionId, out _).Add(record);
            merchantCount++;
        }
        var tally = new Tally(_options.MaxListedDiscrepancies);
        await foreach (var row in fileRows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Match(index, row, tally);
        }
        foreach (var slot in index.Values)
        {
            foreach (var missing in slot.Remaining())
            {
                tally.Add(new Discrepancy(DiscrepancyKind.MissingAtAlipay, missing.PartnerTransactionId, null, missing));
            }
        }
        return tally.ToReport(merchantCount);
    }

    private static void Match(Dictionary<string, MerchantSlot> index, TransactionRecord row, Tally tally)
    {
        tally.AddToTotals(row);
        ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(index, row.PartnerTransactionId);
        if (Unsafe.IsNullRef(ref slot))
        {
            tally.Add(new Discrepancy(DiscrepancyKind.UnknownToMerchant, row.PartnerTransactionId, row, null));
            return;
        }
        if (slot.TryTake(row.Type, out var mine))
        {
            if (mine.Amount == row.TransAmount && string.Equals(mine.Currency, row.TransCurrency, StringComparison.Ordinal))
            {
                tally.Matched++;
            }
            else
            {
                tally.Add(new Discrepancy(DiscrepancyKind.AmountMismatch, row.PartnerTransactionId, row, mine));
            }
        }
        else
        {
            tally.Add(new Discrepancy(DiscrepancyKind.TypeMismatch, row.PartnerTransactionId, row, slot.TakeAny()));
        }
        if (slot.IsEmpty)
        {
            index.Remove(row.PartnerTransactionId);
        }
    }
}
