using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AlipayInStore.Gateway.Data;

/// <summary>
/// Inserts one entity at once, as the model maps it (table, columns, value converters such as the UTC ticks of times),
/// by one prepared INSERT … RETURNING its generated key (<see cref="Statements"/>): what SaveChanges would write, without
/// building the command each time. For the rows the pay path adds (payment, notification) and the exchange log.
/// A database refusal surfaces as SaveChanges reports it, a <see cref="DbUpdateException"/> around the provider's error.
/// </summary>
internal static class Rows
{
    private static readonly ConcurrentDictionary<IEntityType, Insert> Inserts = new();

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

    private sealed class Insert
    {
        private readonly (IProperty Property, Func<object?, object?> ToColumn)[] _columns;

        private Insert(string sql, IProperty key, (IProperty, Func<object?, object?>)[] columns) => (Sql, Key, _columns) = (sql, key, columns);

        public string Sql { get; }

        public IProperty Key { get; }

        public static Insert For(IEntityType entityType)
        {
            var key = entityType.FindPrimaryKey()?.Properties is [var only] && only.ValueGenerated == ValueGenerated.OnAdd
                ? only
                : throw new InvalidOperationException($"{entityType.DisplayName()} needs a single generated key to be inserted by Rows");
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var columns = entityType.GetProperties().Where(p => p != key).Select(p => (p, ToColumn(p))).ToArray();
            var names = string.Join(", ", columns.Select(c => Quote(c.p.GetColumnName(table)!)));
            var values = string.Join(", ", columns.Select((_, i) => Statements.ParameterName(i)));
            var sql = $"INSERT INTO {Quote(table.Name)} ({names}) VALUES ({values}) RETURNING {Quote(key.GetColumnName(table)!)}";
            return new Insert(sql, key, columns);
        }

        public object?[] ValuesOf(object entity)
        {
            var values = new object?[_columns.Length];
            for (var i = 0; i < _columns.Length; i++)
            {
                var (property, toColumn) = _columns[i];
                values[i] = toColumn(property.GetGetter().GetClrValueUsingContainingEntity(entity));
            }
            return values;
        }

        // The value as the column stores it: the property's converter (times as UTC ticks, enums as numbers), nulls as null.
        private static Func<object?, object?> ToColumn(IProperty property)
        {
            if (property.IsShadowProperty())
            {
                throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property: Rows inserts what the entity holds");
            }
            var converter = property.GetTypeMapping().Converter;
            return converter is null ? value => value : value => value is null ? null : converter.ConvertToProvider(value);
        }

        private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
    }
}
