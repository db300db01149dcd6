using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AlipayInStore.Gateway.Data;

/// <summary>
/// Writes one entity at once, as the model maps it (table, columns, value converters such as the UTC ticks of times),
/// by a prepared statement (<see cref="Statements"/>): an INSERT … RETURNING its generated key, or an UPDATE of chosen
/// columns under a guard. What SaveChanges would write, without building the command each time: for the rows the pay
/// path adds (payment, notification), the exchange log and the notification deliveries. A database refusal surfaces as
/// SaveChanges reports it, a <see cref="DbUpdateException"/> around the provider's error.
/// </summary>
internal static class Rows
{
    private static readonly ConcurrentDictionary<IEntityType, Insert> Inserts = new();
    private static readonly ConcurrentDictionary<(IEntityType, string), string> Updates = new();

    /// <summary>
    /// Inserts <paramref name="entity"/>, added to <paramref name="db"/> or not tracked at all, and sets its generated key;
    /// a tracked entity is then tracked as stored (unchanged), so a later change to it is saved as an update.
    /// </summary>
    public static async Task InsertAsync<T>(GatewayDbContext db, T entity, CancellationToken ct) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var insert = Inserts.GetOrAdd(entityType, Insert.For);
        object? key;
        try
        {
            key = await Statements.ScalarAsync(db, insert.Sql, insert.ValuesOf(entity), ct);
        }
        catch (DbException ex)
        {
            throw new DbUpdateException($"Inserting {entityType.DisplayName()} failed: {ex.Message}", ex);
        }
        var id = insert.Key.GetTypeMapping().Converter is { } converter ? converter.ConvertFromProvider(key) : Convert.ChangeType(key, insert.Key.ClrType);
        var entry = db.Entry(entity);
        if (entry.State == EntityState.Detached)
        {
            insert.Key.PropertyInfo!.SetValue(entity, id);
            return;
        }
        entry.Property(insert.Key.Name).CurrentValue = id;
        entry.State = EntityState.Unchanged;
    }

    /// <summary>
    /// Writes <paramref name="properties"/> of an untracked <paramref name="entity"/> to its row, on condition that the row's
    /// <paramref name="guard"/> column still holds <paramref name="expected"/> (a claim, a version); false when it did not
    /// (nothing was written).
    /// </summary>
    public static async Task<bool> UpdateAsync<T>(
        GatewayDbContext db, T entity, IReadOnlyList<string> properties, string guard, object expected, CancellationToken ct) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var key = entityType.FindPrimaryKey()!.Properties.Single();
        var set = properties.Select(entityType.GetProperty).ToArray();
        var guardProperty = entityType.GetProperty(guard);
        var sql = Updates.GetOrAdd((entityType, string.Join(",", properties) + "|" + guard), _ =>
        {
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var assignments = string.Join(", ", set.Select((p, i) => $"{Quote(p.GetColumnName(table)!)} = {Statements.ParameterName(i)}"));
            return $"UPDATE {Quote(table.Name)} SET {assignments} WHERE {Quote(key.GetColumnName(table)!)} = {Statements.ParameterName(set.Length)}"
                + $" AND {Quote(guardProperty.GetColumnName(table)!)} = {Statements.ParameterName(set.Length + 1)}";
        });
        var values = new object?[set.Length + 2];
        for (var i = 0; i < set.Length; i++)
        {
            values[i] = ColumnValue(set[i], set[i].GetGetter().GetClrValueUsingContainingEntity(entity));
        }
        values[set.Length] = ColumnValue(key, key.GetGetter().GetClrValueUsingContainingEntity(entity));
        values[set.Length + 1] = ColumnValue(guardProperty, expected);
        try
        {
            return await Statements.ExecuteAsync(db, sql, values, ct) == 1;
        }
        catch (DbException ex)
        {
            throw new DbUpdateException($"Updating {entityType.DisplayName()} failed: {ex.Message}", ex);
        }
    }

    // The value as the column stores it: the property's converter (times as UTC ticks, enums as numbers), nulls as null.
    private static object? ColumnValue(IProperty property, object? value) =>
        value is null ? null : property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private sealed class Insert
    {
        private readonly IProperty[] _columns;

        private Insert(string sql, IProperty key, IProperty[] columns) => (Sql, Key, _columns) = (sql, key, columns);

        public string Sql { get; }

        public IProperty Key { get; }

        public static Insert For(IEntityType entityType)
        {
            var key = entityType.FindPrimaryKey()?.Properties is [var only] && only.ValueGenerated == ValueGenerated.OnAdd
                ? only
                : throw new InvalidOperationException($"{entityType.DisplayName()} needs a single generated key to be inserted by Rows");
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var columns = entityType.GetProperties().Where(p => p != key).ToArray();
            if (columns.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            {
                throw new InvalidOperationException($"{entityType.DisplayName()}.{shadow.Name} is a shadow property: Rows inserts what the entity holds");
            }
            var names = string.Join(", ", columns.Select(c => Quote(c.GetColumnName(table)!)));
            var values = string.Join(", ", columns.Select((_, i) => Statements.ParameterName(i)));
            var sql = $"INSERT INTO {Quote(table.Name)} ({names}) VALUES ({values}) RETURNING {Quote(key.GetColumnName(table)!)}";
            return new Insert(sql, key, columns);
        }

        public object?[] ValuesOf(object entity)
        {
            var values = new object?[_columns.Length];
            for (var i = 0; i < _columns.Length; i++)
            {
                values[i] = ColumnValue(_columns[i], _columns[i].GetGetter().GetClrValueUsingContainingEntity(entity));
            }
            return values;
        }
    }
}
