using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Ledger;

internal sealed class LedgerConfiguration : IEntityTypeConfiguration<LedgerEntry>, IEntityTypeConfiguration<LedgerBalance>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("ledger_entries");
        builder.HasIndex(e => e.JournalId);
        builder.HasIndex(e => e.PaymentId);
        builder.HasIndex(e => new { e.Account, e.Currency });
        builder.HasIndex(e => e.At);
        builder.Property(e => e.Currency).HasMaxLength(3);
    }

    public void Configure(EntityTypeBuilder<LedgerBalance> builder)
    {
        builder.ToTable("ledger_balances");
        builder.HasKey(b => new { b.Account, b.Currency });
        builder.Property(b => b.Currency).HasMaxLength(3);
    }
}
