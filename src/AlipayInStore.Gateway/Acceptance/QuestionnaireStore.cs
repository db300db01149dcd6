using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Reads and saves the questionnaire of a run (one row per run, updated in place).</summary>
internal sealed class QuestionnaireStore(GatewayDbContext db, TimeProvider clock)
{
    public async Task<QuestionnaireAnswers?> AnswersAsync(string runId, CancellationToken ct)
    {
        var row = await db.AcceptanceQuestionnaires.AsNoTracking()
            .Where(q => db.AcceptanceRuns.Any(r => r.Id == q.AcceptanceRunId && r.RunId == runId)).SingleOrDefaultAsync(ct);
        return row?.Answers;
    }

    /// <summary>Saves valid answers for <paramref name="run"/>; a concurrent first save of the same run is updated rather than duplicated.</summary>
    public async Task SaveAsync(AcceptanceRun run, QuestionnaireAnswers answers, CancellationToken ct)
    {
        var row = await db.AcceptanceQuestionnaires.SingleOrDefaultAsync(q => q.AcceptanceRunId == run.Id, ct);
        if (row is not null)
        {
            row.Update(answers, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return;
        }
        db.AcceptanceQuestionnaires.Add(new AcceptanceQuestionnaire(run.Id, answers, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            var other = await db.AcceptanceQuestionnaires.SingleAsync(q => q.AcceptanceRunId == run.Id, ct);
            other.Update(answers, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }
}
