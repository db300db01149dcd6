using AlipayInStore.Client.Reconciliation;
using BenchmarkDotNet.Attributes;

namespace AlipayInStore.Benchmarks;

/// <summary>
/// Reading a 1,000,000-row reconciliation file into typed records (next to counting its lines, as <c>wc -l</c> does,
/// and next to CsvHelper reading the same records), and reconciling it against 1,000,000 merchant records.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ReconBenchmarks
{
    private List<MerchantRecord> _ledger = null!;
    private string _file = null!;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ledger = ReconBenchmarkData.Ensure(Rows);
        _file = ReconBenchmarkData.FilePath(Rows);
    }

    /// <summary>The floor: read the bytes and count LF, as <c>wc -l</c> does.</summary>
    [Benchmark(Baseline = true)]
    public long CountLines()
    {
        using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        var lines = 0L;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        return lines;
    }

    [Benchmark]
    public async Task<long> ReadTypedRecords()
    {
        var count = 0L;
        await foreach (var record in ReconciliationFileReader.ReadFileAsync(_file))
        {
            count += record.Amount > 0 ? 1 : 0;
        }
        return count;
    }

    [Benchmark]
    public long ReadWithCsvHelper() => ReconCsvHelperReader.CountRecords(_file);

    [Benchmark]
    public async Task<long> ReconcileAgainstLedger()
    {
        var report = await new Reconciler().ReconcileAsync(ReconciliationFileReader.ReadFileAsync(_file), Ledger());
        return report.Matched;
    }

    private async IAsyncEnumerable<MerchantRecord> Ledger()
    {
        foreach (var record in _ledger)
        {
            yield return record;
        }
        await Task.CompletedTask;
    }
}
