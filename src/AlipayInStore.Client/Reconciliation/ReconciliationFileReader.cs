using System.Runtime.CompilerServices;
using System.Text;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>
/// Streams the rows of a reconciliation (transaction) file as typed records, reading the stream in large chunks
/// and parsing UTF-8 bytes directly; memory stays constant whatever the file's size.
/// </summary>
/// <remarks>
/// Accepts LF or CRLF line ends, a trailing <c>|</c> on every line, a UTF-8 byte-order mark, empty lines, and the
/// optional first line <c>Partner:&lt;id&gt;|Payment_time:&lt;yyyy-MM-dd&gt;|Total_count:&lt;n&gt;</c>, whose count
/// is checked at the end. A line that breaks the format stops the reading with a
/// <see cref="ReconciliationFormatException"/> naming its line number and the reason.
/// </remarks>
public sealed class ReconciliationFileReader : IAsyncDisposable, IDisposable
{
    private static readonly byte[] HeaderBytes = Encoding.UTF8.GetBytes(ReconciliationFileFormat.Header);

    private readonly Func<Stream>? _open;
    private Stream _stream;
    private readonly bool _leaveOpen;
    private readonly ReconciliationReaderOptions _options;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _started;
    private bool _headerSeen;

    /// <summary>Reads from <paramref name="stream"/>, which is disposed with the reader unless <paramref name="leaveOpen"/>.</summary>
    public ReconciliationFileReader(Stream stream, ReconciliationReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _options = options ?? new ReconciliationReaderOptions();
        _buffer = new byte[Math.Max(1024, _options.BufferSize)];
    }

    /// <summary>The optional first line, once the reading has passed it; <see langword="null"/> when the file has none.</summary>
    public ReconciliationPreamble? Preamble { get; private set; }

    /// <summary>The number of data rows read so far.</summary>
    public long RowCount { get; private set; }

    /// <summary>Opens the file at <paramref name="path"/> for sequential reading.</summary>
    public static ReconciliationFileReader Open(string path, ReconciliationReaderOptions? options = null)
    {
        return new ReconciliationFileReader(OpenStream(path), options);
    }

    /// <summary>Reads every record of the file at <paramref name="path"/>; the file is open only while enumerating.</summary>
    /// <exception cref="ReconciliationFormatException">A line breaks the format, or <c>Total_count</c> differs from the rows read.</exception>
    public static IAsyncEnumerable<TransactionRecord> ReadFileAsync(
        string path, ReconciliationReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        new ReconciliationFileReader(() => OpenStream(path), options).ReadAllAsync(cancellationToken);

    private ReconciliationFileReader(Func<Stream> open, ReconciliationReaderOptions? options)
        : this(Stream.Null, options)
    {
        _open = open;
    }

    private static FileStream OpenStream(string path) =>
        // No FileStream buffer: the reader already reads in large chunks.
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    /// <summary>Reads the header and every data row; can be enumerated once.</summary>
    /// <exception cref="ReconciliationFormatException">A line breaks the format, or <c>Total_count</c> differs from the rows read.</exception>
    public async IAsyncEnumerable<TransactionRecord> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_started)
        {
            throw new InvalidOperationException("A reconciliation file can be read only once.");
        }
        _started = true;
        if (_open is not null)
        {
            _stream = _open();
        }
        try
        {
            var parser = new RowParser(_options.TimeZone);
            var lineNumber = 0L;
            while (true)
            {
                // Parse every whole line in the buffer without awaiting; await only to refill it.
                while (TryTakeLine(out var range))
                {
                    lineNumber++;
                    if (AcceptLine(range, lineNumber, parser) is { } record)
                    {
                        yield return record;
                    }
                }
                if (_eof)
                {
                    if (TakeRest() is { } last)
                    {
                        lineNumber++;
                        if (AcceptLine(last, lineNumber, parser) is { } record)
                        {
                            yield return record;
                        }
                    }
                    break;
                }
                MakeRoom();
                cancellationToken.ThrowIfCancellationRequested();
                // A local file is read synchronously: on Linux every asynchronous file read is a thread-pool hop,
                // which costs more than the read itself. Other streams (network, pipes) are awaited.
                var read = _stream is FileStream
                    ? _stream.Read(_buffer, _end, _buffer.Length - _end)
                    : await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
                _eof = read == 0;
                _end += read;
            }
            if (!_headerSeen)
            {
                throw new ReconciliationFormatException(Math.Max(1, lineNumber), "the file has no column header line");
            }
            if (Preamble is { } preamble && preamble.TotalCount != RowCount)
            {
                throw new ReconciliationFormatException(1, $"Total_count says {preamble.TotalCount} rows but the file holds {RowCount}");
            }
        }
        finally
        {
            if (_open is not null)
            {
                await _stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The record of a data line; null for an empty line, the optional first line or the header.</summary>
    private TransactionRecord? AcceptLine(LineRange range, long lineNumber, RowParser parser)
    {
        if (range.Length == 0)
        {
            return null;
        }
        if (!_headerSeen)
        {
            _headerSeen = ReadHeaderLine(range, lineNumber);
            return null;
        }
        RowCount++;
        return parser.Parse(_buffer.AsSpan(range.Start, range.Length), lineNumber);
    }

    /// <summary>Returns true once the column header is read; false after the optional first line.</summary>
    private bool ReadHeaderLine(LineRange range, long lineNumber)
    {
        var line = _buffer.AsSpan(range.Start, range.Length);
        if (lineNumber == 1 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }
        if (Preamble is null && PreambleParser.LooksLikePreamble(line))
        {
            Preamble = PreambleParser.Parse(line, lineNumber);
            return false;
        }
        if (line.Length > 0 && line[^1] == (byte)'|')
        {
            line = line[..^1];
        }
        if (!line.SequenceEqual(HeaderBytes))
        {
            throw new ReconciliationFormatException(lineNumber, "expected the column header " + ReconciliationFileFormat.Header);
        }
        return true;
    }

    private bool TryTakeLine(out LineRange range)
    {
        var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
        if (newline < 0)
        {
            range = default;
            return false;
        }
        var length = newline;
        if (length > 0 && _buffer[_start + length - 1] == (byte)'\r')
        {
            length--;
        }
        range = new LineRange(_start, length);
        _start += newline + 1;
        return true;
    }

    private LineRange? TakeRest()
    {
        if (_start == _end)
        {
            return null;
        }
        var length = _end - _start;
        if (_buffer[_end - 1] == (byte)'\r')
        {
            length--;
        }
        var range = new LineRange(_start, length);
        _start = _end;
        return range;
    }

    private void MakeRoom()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _leaveOpen ? ValueTask.CompletedTask : _stream.DisposeAsync();

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private readonly record struct LineRange(int Start, int Length);
}
