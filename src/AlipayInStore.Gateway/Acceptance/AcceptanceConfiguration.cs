using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Acceptance;

internal sealed class AcceptanceConfiguration : IEntityTypeConfiguration<AcceptanceRun>
{
    public void Configure(EntityTypeBuilder<AcceptanceRun> builder)
    {
        builder.ToTable("acceptance_runs");
        builder.HasIndex(r => r.RunId).IsUnique();
        builder.HasIndex(r => r.MerchantId);
        builder.Property(r => r.Windows).HasMaxLength(4096);
        builder.Ignore(r => r.Finished);
        builder.Ignore(r => r.EndedAt);
    }
}
