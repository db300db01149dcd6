using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Acceptance;

internal sealed class KitDeliveryConfiguration : IEntityTypeConfiguration<KitDelivery>
{
    public void Configure(EntityTypeBuilder<KitDelivery> builder)
    {
        builder.ToTable("acceptance_kit_deliveries");
        builder.HasIndex(d => new { d.RunId, d.CaseId, d.Batch });
        builder.Property(d => d.CaseId).HasMaxLength(64);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Reference).HasMaxLength(64);
        builder.Property(d => d.TargetUrl).HasMaxLength(1024);
        builder.Property(d => d.Answer).HasMaxLength(128);
        builder.Property(d => d.Error).HasMaxLength(1024);
        builder.Property(d => d.Warning).HasMaxLength(1024);
        builder.Ignore(d => d.Sent);
    }
}
