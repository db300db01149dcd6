using AlipayInStore.Gateway.Acceptance;
using AlipayInStore.Gateway.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>
/// One acceptance run of the signed-in merchant: the current case, moving on, every case's live grade (the page polls
/// <see cref="OnGetReportAsync"/>), the questionnaire, and the export links. Another merchant's run is a 404.
/// </summary>
internal sealed class AcceptanceRunModel(AcceptanceService service, QuestionnaireStore questionnaires) : PageModel
{
    public RunReport Report { get; private set; } = null!;
    public QuestionnaireAnswers? Answers { get; private set; }

    /// <summary>The questionnaire form as shown: the saved answers, or what was just posted when it broke a rule.</summary>
    [BindProperty]
    public QuestionnaireForm Form { get; set; } = new();
    public IReadOnlyList<QuestionnaireError> Errors { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string runId, CancellationToken ct)
    {
        if (!await LoadAsync(runId, ct))
        {
            return NotFound();
        }
        Form = Answers is null ? new QuestionnaireForm() : QuestionnaireForm.From(Answers);
        return Page();
    }

    /// <summary>The run's grades as JSON, for the page's live refresh.</summary>
    public async Task<IActionResult> OnGetReportAsync(string runId, CancellationToken ct) =>
        await service.FindAsync(runId, User.MerchantId(), ct) is null ? NotFound() : new JsonResult(await service.ReportAsync(runId, ct));

    /// <summary>Closes the current case and opens the next; redirects, so reloading the page never skips a case.</summary>
    public async Task<IActionResult> OnPostNextAsync(string runId, CancellationToken ct)
    {
        if (await service.FindAsync(runId, User.MerchantId(), ct) is null)
        {
            return NotFound();
        }
        await service.NextAsync(runId, ct);
        return Redirect("/portal/acceptance/" + runId);
    }

    /// <summary>Plays the kit's part of the current case again (re-sends its notifications, re-arms the tampered answer).</summary>
    public async Task<IActionResult> OnPostKitAsync(string runId, CancellationToken ct)
    {
        if (await service.FindAsync(runId, User.MerchantId(), ct) is null)
        {
            return NotFound();
        }
        await service.RepeatKitPartAsync(runId, ct);
        return Redirect("/portal/acceptance/" + runId);
    }

    /// <summary>Saves the questionnaire when every answer is valid; otherwise shows every broken rule and saves nothing.</summary>
    public async Task<IActionResult> OnPostQuestionnaireAsync(string runId, CancellationToken ct)
    {
        var run = await service.FindAsync(runId, User.MerchantId(), ct);
        if (run is null)
        {
            return NotFound();
        }
        var (answers, errors) = Form.Validate();
        if (answers is not null)
        {
            await questionnaires.SaveAsync(run, answers, ct);
            Message = "Questionnaire saved: the answers are part of the report.";
        }
        Errors = errors;
        await LoadAsync(runId, ct);
        return Page();
    }

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Rule;

    private async Task<bool> LoadAsync(string runId, CancellationToken ct)
    {
        if (await service.FindAsync(runId, User.MerchantId(), ct) is null)
        {
            return false;
        }
        Report = (await service.ReportAsync(runId, ct))!;
        Answers = await questionnaires.AnswersAsync(runId, ct);
        return true;
    }
}
