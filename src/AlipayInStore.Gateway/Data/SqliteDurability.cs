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
    // temp_store=MEMORY: the temporary files SQLite makes for a statement (statement journal, sort and index b-trees)
    // stay in memory instead of a file created and unlinked in /var/tmp per pay. It does not touch durability: commits still go through the WAL
    // with synchronous=FULL. (mmap_size was measured too and gained nothing: WAL mode unmaps on every foreign commit.)
    private const string Pragmas =
        "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA temp_store=MEMORY;";

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

    /// <summary>The same pragmas on a connection opened outside EF (the group commit's writer).</summary>
    public static async Task ApplyAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync();
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
