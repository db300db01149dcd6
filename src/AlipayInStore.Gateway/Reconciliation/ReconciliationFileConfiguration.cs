using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Reconciliation;

internal sealed class ReconciliationFileConfiguration : IEntityTypeConfiguration<ReconciliationFile>
{
    public void Configure(EntityTypeBuilder<ReconciliationFile> builder)
    {
        builder.ToTable("reconciliation_files");
        builder.HasIndex(f => new { f.PartnerId, f.BusinessDate }).IsUnique();
        builder.Property(f => f.BusinessDate).HasMaxLength(8);
    }
}
