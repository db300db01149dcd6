using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AlipayInStore.Gateway.Data;

/// <summary>
/// Runs the SQL of the pay path (parameters <c>@p0</c>, <c>@p1</c>… in the order of the values) inside the context's
/// current transaction, without EF's command building. On SQLite a command is kept per connection and SQL text, so a
/// statement run again is bound, not parsed and planned again (Microsoft.Data.Sqlite prepares each new command; the
/// group commit writer's connection stays open, so its statements are prepared once). On PostgreSQL each run is a new
/// command: Npgsql prepares the repeated ones itself (<c>Max Auto Prepare</c>, <see cref="StorageSetup"/>).
/// </summary>
internal static class Statements
{
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Prepared = new();
    private static readonly string[] Names = [.. Enumerable.Range(0, 64).Select(i => "@p" + i)];

    /// <summary>Runs <paramref name="sql"/>; the number of rows it changed.</summary>
    public static async Task<int> ExecuteAsync(GatewayDbContext db, string sql, IReadOnlyList<object?> values, CancellationToken ct)
    {
        var (command, owned) = await CommandAsync(db, sql, values, ct);
        try
        {
            return await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            await ReleaseAsync(command, owned);
        }
    }

    /// <summary>Runs <paramref name="sql"/>; the first column of its first row (an id a RETURNING clause gives).</summary>
    public static async Task<object?> ScalarAsync(GatewayDbContext db, string sql, IReadOnlyList<object?> values, CancellationToken ct)
    {
        var (command, owned) = await CommandAsync(db, sql, values, ct);
        try
        {
            return await command.ExecuteScalarAsync(ct);
        }
        finally
        {
            await ReleaseAsync(command, owned);
        }
    }

    private static async ValueTask<(DbCommand Command, bool Owned)> CommandAsync(GatewayDbContext db, string sql, IReadOnlyList<object?> values, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Statements run inside the unit of work's transaction");
        var connection = transaction.Connection!;
        DbCommand command;
        var owned = connection is not SqliteConnection;
        if (owned)
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
        }
        else
        {
            var cache = Prepared.GetOrCreateValue(connection);
            if (!cache.TryGetValue(sql, out command!))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                cache[sql] = command;
            }
        }
        command.Transaction = transaction;
        var parameters = command.Parameters;
        for (var i = 0; i < values.Count; i++)
        {
            if (i == parameters.Count)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = ParameterName(i);
                parameters.Add(parameter);
            }
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
        if (owned)
        {
            // Prepared before its first run, not by Npgsql's automatic preparation on that run: a first run refused at
            // Bind (a value PostgreSQL cannot store, such as U+0000 in text) would leave an automatically prepared
            // statement without its row description, and the connection answering the next run of a RETURNING out of step.
            // Preparing a statement the connection already holds is a look-up.
            await command.PrepareAsync(ct);
        }
        return (command, owned);
    }

    private static async ValueTask ReleaseAsync(DbCommand command, bool owned)
    {
        if (owned)
        {
            await command.DisposeAsync();
        }
        else
        {
            // The statement stays prepared for the next run; the values (a request's text) are not kept meanwhile.
            foreach (DbParameter parameter in command.Parameters)
            {
                parameter.Value = DBNull.Value;
            }
            command.Transaction = null;
        }
    }

    /// <summary>The name of the value at <paramref name="index"/> in the SQL.</summary>
    public static string ParameterName(int index) => index < Names.Length ? Names[index] : "@p" + index;
}
