using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AlipayInStore.Gateway.Data;

/// <summary>
/// Writes one entity at once, as the model maps it (table, columns, value converters such as the UTC ticks of times),
/// by a prepared statement (<see cref="Statements"/>): an INSERT … RETURNING its generated key, or an UPDATE of chosen
/// columns under a guard. What SaveChanges would write, without building the command each time: for the rows the pay
/// path adds (payment, notification), the exchange log and the notification deliveries. A database refusal surfaces as
/// SaveChanges reports it, a <see cref="DbUpdateException"/> around the provider's error. Each statement is made once
/// per entity type (and column list) and kept.
/// </summary>
internal static class Rows
{
    private static readonly ConcurrentDictionary<IEntityType, Statement> Inserts = new();
    private static readonly ConcurrentDictionary<(IEntityType, string), Statement> Updates = new();

    /// <summary>
    /// Inserts <paramref name="entity"/>, added to <paramref name="db"/> or not tracked at all, and sets its generated key;
    /// a tracked entity is then tracked as stored (unchanged), so a later change to it is saved as an update.
    /// </summary>
    public static async Task InsertAsync<T>(GatewayDbContext db, T entity, CancellationToken ct) where T : class
    {
        var insert = Inserts.GetOrAdd(EntityType<T>(db), (entityType, context) => Statement.Insert(entityType, Sql(context)), db);
        object? key;
        try
        {
            key = await Statements.ScalarAsync(db, insert.Sql, insert.ValuesOf(entity, []), ct);
        }
        catch (DbException ex)
        {
            throw new DbUpdateException($"Inserting {insert.EntityType.DisplayName()} failed: {ex.Message}", ex);
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
        var update = Updates.GetOrAdd((EntityType<T>(db), string.Join(",", properties) + "|" + guard),
            (key, context) => Statement.Update(key.Item1, properties, guard, Sql(context)), db);
        try
        {
            return await Statements.ExecuteAsync(db, update.Sql, update.ValuesOf(entity, [expected]), ct) == 1;
        }
        catch (DbException ex)
        {
            throw new DbUpdateException($"Updating {update.EntityType.DisplayName()} failed: {ex.Message}", ex);
        }
    }

    private static IEntityType EntityType<T>(GatewayDbContext db) =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");

    private static ISqlGenerationHelper Sql(GatewayDbContext db) => db.GetService<ISqlGenerationHelper>();

    /// <summary>
    /// A statement's text and where its values come from: the entity's <see cref="Columns"/> (as the columns store them),
    /// then the caller's extra values (a guard's expected value), each converted by <see cref="Extras"/>' property.
    /// </summary>
    private sealed record Statement(IEntityType EntityType, string Sql, IProperty Key, IProperty[] Columns, IProperty[] Extras)
    {
        public static Statement Insert(IEntityType entityType, ISqlGenerationHelper sql)
        {
            var key = entityType.FindPrimaryKey()?.Properties is [var only] && only.ValueGenerated == ValueGenerated.OnAdd
                ? only
                : throw new InvalidOperationException($"{entityType.DisplayName()} needs a single generated key to be inserted by Rows");
            var columns = entityType.GetProperties().Where(p => p != key).ToArray();
            if (columns.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            {
                throw new InvalidOperationException($"{entityType.DisplayName()}.{shadow.Name} is a shadow property: Rows inserts what the entity holds");
            }
            var table = Table(entityType);
            var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)));
            var values = string.Join(", ", columns.Select((_, i) => Statements.ParameterName(i)));
            return new Statement(entityType,
                $"INSERT INTO {sql.DelimitIdentifier(table.Name)} ({names}) VALUES ({values}) RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}",
                key, columns, []);
        }

        // UPDATE … SET the properties WHERE the key and the guard hold: the values are the properties', the key's, then the guard's.
        public static Statement Update(IEntityType entityType, IReadOnlyList<string> properties, string guard, ISqlGenerationHelper sql)
        {
            var key = entityType.FindPrimaryKey()!.Properties.Single();
            var columns = properties.Select(entityType.GetProperty).Append(key).ToArray();
            var guardProperty = entityType.GetProperty(guard);
            var table = Table(entityType);
            string Column(IProperty p, int i) => $"{sql.DelimitIdentifier(p.GetColumnName(table)!)} = {Statements.ParameterName(i)}";
            var assignments = string.Join(", ", columns[..^1].Select(Column));
            return new Statement(entityType,
                $"UPDATE {sql.DelimitIdentifier(table.Name)} SET {assignments} WHERE {Column(key, columns.Length - 1)} AND {Column(guardProperty, columns.Length)}",
                key, columns, [guardProperty]);
        }

        public object?[] ValuesOf(object entity, object?[] extras)
        {
            var values = new object?[Columns.Length + Extras.Length];
            for (var i = 0; i < Columns.Length; i++)
            {
                values[i] = ColumnValue(Columns[i], Columns[i].GetGetter().GetClrValueUsingContainingEntity(entity));
            }
            for (var i = 0; i < Extras.Length; i++)
            {
                values[Columns.Length + i] = ColumnValue(Extras[i], extras[i]);
            }
            return values;
        }

        private static StoreObjectIdentifier Table(IEntityType entityType) => StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());

        // The value as the column stores it: the property's converter (times as UTC ticks, enums as numbers), nulls as null.
        private static object? ColumnValue(IProperty property, object? value) =>
            value is null ? null : property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }
}
