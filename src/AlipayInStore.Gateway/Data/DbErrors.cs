using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Data;

/// <summary>Recognises database errors the gateway answers to, on every supported provider.</summary>
internal static class DbErrors
{
    public static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19,
        DbException d => d.SqlState == "23505",
        _ => false,
    };

    /// <summary>
    /// PostgreSQL gave up one of two transactions to let the other go on (deadlock 40P01, serialization failure 40001):
    /// running the unit of work again is the answer. SQLite has one writer at a time and never reports these.
    /// </summary>
    public static bool IsRetryable(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is DbException { SqlState: "40P01" or "40001" })
            {
                return true;
            }
        }
        return false;
    }
}
