using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AlipayInStore.Gateway.Data;

/// <summary>
/// Every SQLite connection commits durably (synchronous=FULL) and waits for a busy writer instead of failing.
/// Pragmas belong to the native handle, which the connection pool keeps open across opens: they are set once per
/// handle, not on every open (EF opens a pooled connection several times per request).
/// </summary>
internal sealed class SqliteDurability : DbConnectionInterceptor
{
    // temp_store=MEMORY: statement journals and sort tables stay in memory (no temp file created and unlinked per write).
    // mmap_size: pages of the database file are read through a mapping instead of one pread each; WAL mode discards a
    // connection's page cache whenever another connection committed, so without it every transaction re-reads its pages.
    // Neither touches durability: commits still go through the WAL with synchronous=FULL.
    private const string Pragmas =
        "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=268435456;";

    private static readonly ConditionalWeakTable<object, object> Prepared = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsPragmas(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsPragmas(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // True the first time a native handle is seen; a connection without a reachable handle always gets the pragmas.
    private static bool NeedsPragmas(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle })
        {
            return true;
        }
        var first = false;
        Prepared.GetValue(handle, _ =>
        {
            first = true;
            return new object();
        });
        return first;
    }
}
