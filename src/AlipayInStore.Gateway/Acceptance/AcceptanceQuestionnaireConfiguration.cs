using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AlipayInStore.Gateway.Acceptance;

internal sealed class AcceptanceQuestionnaireConfiguration : IEntityTypeConfiguration<AcceptanceQuestionnaire>
{
    public void Configure(EntityTypeBuilder<AcceptanceQuestionnaire> builder)
    {
        builder.ToTable("acceptance_questionnaires");
        // One row per run: a second answer updates it, and two saves racing for a new run meet at this index.
        builder.HasIndex(q => q.AcceptanceRunId).IsUnique();
        builder.HasOne<AcceptanceRun>().WithOne().HasForeignKey<AcceptanceQuestionnaire>(q => q.AcceptanceRunId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(q => q.IntegrationMode).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.ResultChannel).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.PosSoftware).HasMaxLength(QuestionnaireForm.MaxSoftwareLength);
        builder.Property(q => q.PosVersion).HasMaxLength(QuestionnaireForm.MaxVersionLength);
        builder.Property(q => q.ContactEmail).HasMaxLength(QuestionnaireForm.MaxEmailLength);
        builder.Property(q => q.Notes).HasMaxLength(QuestionnaireForm.MaxNotesLength);
    }
}
