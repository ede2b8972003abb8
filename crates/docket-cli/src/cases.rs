//! `docket cases`: open a case, list and show cases, change an event's date, move a case to its
//! next stage, close, suspend or resume it (and undo that), correct its details, and remove or
//! restore it; `docket removed` lists what was removed.

use crate::output::render;
use crate::table;
use clap::Subcommand;
use docket_app::dto::{CaseDetailDto, CaseEditDto, ExitInputDto, ExitKindDto, NewCaseDto};
use docket_app::{App, AppError, Locale};

#[derive(Debug, Subcommand)]
pub enum CasesCommand {
    /// List the cases.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Open a case at the first stage of its workflow model.
    Add {
        #[arg(long)]
        reference: String,
        #[arg(long, default_value = "")]
        title_en: String,
        #[arg(long, default_value = "")]
        title_zh: String,
        /// scia_arbitration, hkiac_arbitration, sz_mediation_hk_arbitration, hk_mediation_sz_arbitration,
        /// hk_mediation or sz_mediation.
        #[arg(long)]
        model: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        filed_on: String,
        /// Language of the proceedings (en, zh, ...).
        #[arg(long, default_value = "en")]
        language: String,
        /// Amount in dispute, e.g. 42,000,000.00.
        #[arg(long)]
        amount: Option<String>,
        /// ISO currency code, e.g. HKD or CNY.
        #[arg(long)]
        currency: Option<String>,
        /// Confirm a filing date more than a year ahead or before 1990.
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// Show a case: its stages, deadlines with explanations, and history (who did what, when).
    Show {
        reference: String,
        #[arg(long)]
        json: bool,
    },
    /// Change the date of a recorded event; its deadlines are recomputed (use --preview to see how
    /// they would move without saving).
    Redate {
        reference: String,
        /// The stage whose event date changes, e.g. notice_served.
        #[arg(long)]
        stage: String,
        #[arg(long = "on", value_name = "YYYY-MM-DD")]
        on: String,
        /// Why the date changes (required to save; kept in the history).
        #[arg(long, default_value = "")]
        reason: String,
        #[arg(long)]
        preview: bool,
        #[arg(long)]
        json: bool,
    },
    /// Move a case to its next stage on the date of the event, creating the deadlines it triggers.
    Advance {
        reference: String,
        /// The stage entered, e.g. notice_served, tribunal_constituted, award_received.
        #[arg(long = "to")]
        to: String,
        /// The date of the event, YYYY-MM-DD.
        #[arg(long = "on", value_name = "YYYY-MM-DD")]
        on: String,
        #[arg(long, default_value = "")]
        note: String,
        #[arg(long)]
        json: bool,
    },
    /// Close a case early: withdrawn, settled (in arbitration optionally recorded as a consent
    /// award, which enters the award stage and starts its windows), terminated or dismissed. The
    /// deadlines it ends stay listed as no longer running; undo with `docket cases undo-exit`.
    Close {
        reference: String,
        #[arg(long, value_enum)]
        outcome: Outcome,
        /// The date of the event, YYYY-MM-DD.
        #[arg(long = "on", value_name = "YYYY-MM-DD")]
        on: String,
        #[arg(long, default_value = "")]
        reason: String,
        /// Record the settlement as an award on agreed terms (settled, during an arbitration).
        #[arg(long)]
        consent_award: bool,
        #[arg(long)]
        json: bool,
    },
    /// Suspend a case: its running deadlines stop until it resumes.
    Suspend {
        reference: String,
        #[arg(long = "on", value_name = "YYYY-MM-DD")]
        on: String,
        #[arg(long, default_value = "")]
        reason: String,
        #[arg(long)]
        json: bool,
    },
    /// Resume a suspended case: the deadlines the suspension stopped run again.
    Resume {
        reference: String,
        #[arg(long = "on", value_name = "YYYY-MM-DD")]
        on: String,
        #[arg(long, default_value = "")]
        reason: String,
        #[arg(long)]
        json: bool,
    },
    /// Undo the case's latest close, suspension or resumption (only the clerk who recorded it, and
    /// only while nothing recorded later depends on it).
    UndoExit {
        reference: String,
        #[arg(long)]
        json: bool,
    },
    /// Correct a case's details after filing (what is left out stays; the reference never changes).
    Edit {
        reference: String,
        #[arg(long)]
        title_en: Option<String>,
        #[arg(long)]
        title_zh: Option<String>,
        /// Amount in dispute, e.g. 42,000,000.00 ("" clears it).
        #[arg(long)]
        amount: Option<String>,
        /// ISO currency code, e.g. HKD or CNY.
        #[arg(long)]
        currency: Option<String>,
        /// Language of the proceedings (en, zh, ...).
        #[arg(long)]
        language: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Remove a case: it leaves every list, search and calendar with its hearings (undo with
    /// `docket cases restore`).
    Remove { reference: String },
    /// Bring a removed case back whole.
    Restore {
        reference: String,
        #[arg(long)]
        json: bool,
    },
}

/// How a case closes early.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Outcome {
    Withdrawn,
    Settled,
    Terminated,
    Dismissed,
}

impl From<Outcome> for ExitKindDto {
    fn from(o: Outcome) -> Self {
        match o {
            Outcome::Withdrawn => ExitKindDto::Withdrawn,
            Outcome::Settled => ExitKindDto::Settled,
            Outcome::Terminated => ExitKindDto::Terminated,
            Outcome::Dismissed => ExitKindDto::Dismissed,
        }
    }
}

/// Records an exit and prints the case.
fn exit(
    app: &mut App,
    l: Locale,
    reference: &str,
    input: ExitInputDto,
    json: bool,
) -> Result<(), AppError> {
    let d = app.record_exit(reference, &input)?;
    render(json, &d, |d| show_case(l, d))
}

/// Runs `docket cases …`.
pub fn cases(app: &mut App, l: Locale, command: CasesCommand) -> Result<(), AppError> {
    match command {
        CasesCommand::List { json } => {
            let list = app.list_cases()?;
            render(json, &list, |list| table::cases(l, list))?;
        }
        CasesCommand::Add {
            reference,
            title_en,
            title_zh,
            model,
            filed_on,
            language,
            amount,
            currency,
            yes,
            json,
        } => {
            let c = app.create_case(&NewCaseDto {
                reference,
                title_en,
                title_zh,
                model,
                filed_on,
                language,
                amount,
                currency,
                confirm: yes,
            })?;
            render(json, &c, |c| {
                out!("{} · {} · {}", c.reference, c.stage_label, c.procedure)
            })?;
        }
        CasesCommand::Show { reference, json } => {
            let d = app.case_detail(&reference)?;
            render(json, &d, |d| show_case(l, d))?;
        }
        CasesCommand::Redate {
            reference,
            stage,
            on,
            reason,
            preview,
            json,
        } => {
            let r = app.change_event_date(&reference, &stage, &on, &reason, !preview)?;
            render(json, &r, |r| {
                out!(
                    "{}: {} → {}{}",
                    r.stage_label,
                    r.old_date,
                    r.new_date,
                    if r.saved { "" } else { " (preview)" }
                );
                for c in &r.changes {
                    let name = table::term(l, &c.name);
                    out!("  {name}: {} → {}", c.old_due, c.new_due);
                }
            })?;
        }
        CasesCommand::Advance {
            reference,
            to,
            on,
            note,
            json,
        } => {
            let d = app.advance_case(&reference, &to, &on, &note)?;
            render(json, &d, |d| show_case(l, d))?;
        }
        CasesCommand::Close {
            reference,
            outcome,
            on,
            reason,
            consent_award,
            json,
        } => {
            let input = ExitInputDto {
                kind: outcome.into(),
                date: on,
                reason,
                consent_award,
            };
            exit(app, l, &reference, input, json)?;
        }
        CasesCommand::Suspend {
            reference,
            on,
            reason,
            json,
        } => {
            let input = ExitInputDto {
                kind: ExitKindDto::Suspended,
                date: on,
                reason,
                consent_award: false,
            };
            exit(app, l, &reference, input, json)?;
        }
        CasesCommand::Resume {
            reference,
            on,
            reason,
            json,
        } => {
            let input = ExitInputDto {
                kind: ExitKindDto::Resumed,
                date: on,
                reason,
                consent_award: false,
            };
            exit(app, l, &reference, input, json)?;
        }
        CasesCommand::UndoExit { reference, json } => {
            let d = app.undo_exit(&reference)?;
            render(json, &d, |d| show_case(l, d))?;
        }
        CasesCommand::Edit {
            reference,
            title_en,
            title_zh,
            amount,
            currency,
            language,
            json,
        } => {
            let d = app.update_case(
                &reference,
                &CaseEditDto {
                    title_en,
                    title_zh,
                    amount,
                    currency,
                    language,
                },
            )?;
            render(json, &d, |d| {
                out!(
                    "{} {}",
                    l.pick("Saved:", "已保存：", "已儲存："),
                    d.case.reference
                );
            })?;
        }
        CasesCommand::Remove { reference } => {
            app.remove_case(&reference)?;
            out!(
                "{}",
                match l {
                    Locale::En => format!(
                        "Removed {}. Undo with: docket cases restore {}",
                        reference.trim(),
                        reference.trim()
                    ),
                    Locale::ZhHans => format!(
                        "已删除 {}。撤销：docket cases restore {}",
                        reference.trim(),
                        reference.trim()
                    ),
                    Locale::ZhHant => format!(
                        "已刪除 {}。復原：docket cases restore {}",
                        reference.trim(),
                        reference.trim()
                    ),
                }
            );
        }
        CasesCommand::Restore { reference, json } => {
            let d = app.restore_case(&reference)?;
            render(json, &d, |d| {
                out!(
                    "{} {}",
                    l.pick("Restored:", "已恢复：", "已恢復："),
                    d.case.reference
                );
            })?;
        }
    }
    Ok(())
}

/// A case's stages, deadlines (with their explanations) and history, for the terminal.
fn show_case(l: Locale, d: &CaseDetailDto) {
    let c = &d.case;
    out!("{}  {}", c.reference, c.title.shown(l));
    out!(
        "{} {} · {} · {}{}",
        d.institution,
        c.filed_on,
        c.stage_label,
        docket_app::i18n::words::procedure_label(l, d.procedure),
        d.amount
            .as_ref()
            .map(|a| format!(" · {} {a}", d.currency.clone().unwrap_or_default()))
            .unwrap_or_default()
    );
    if let Some(e) = &d.exit {
        let what = docket_app::exit_label(l, e.kind);
        let award = if e.consent_award {
            l.pick(" (consent award)", "（和解裁决）", "（和解裁決）")
        } else {
            ""
        };
        let by = e.clerk.as_deref().unwrap_or("-");
        let reason = if e.reason.is_empty() {
            String::new()
        } else {
            format!(" · {}", e.reason)
        };
        out!(
            "{}: {what}{award} {} · {by}{reason}{}",
            l.pick("Status", "状态", "狀態"),
            e.date,
            if e.can_undo {
                format!("  (docket cases undo-exit {})", c.reference)
            } else {
                String::new()
            }
        );
    }
    if let Some(r) = &d.rules {
        out!(
            "{}: {} ({} {}; {})",
            l.pick("Rules", "规则", "規則"),
            table::term(l, &r.name),
            l.pick("in force from", "施行日期", "施行日期"),
            r.effective_from,
            r.verification
        );
    }
    out!("");
    for s in &d.stages {
        let mark = match s.state {
            docket_app::dto::StageStateDto::Done => "✓",
            docket_app::dto::StageStateDto::Current => "▶",
            docket_app::dto::StageStateDto::Upcoming => "·",
        };
        out!(
            "  {mark} {:<12} {}",
            s.date.clone().unwrap_or_default(),
            s.label
        );
    }
    if let Some(next) = &d.next_stage {
        out!(
            "  {}: docket cases advance {} --to {next} --on YYYY-MM-DD",
            l.pick("next", "下一步", "下一步"),
            c.reference
        );
        for other in &d.other_next_stages {
            out!(
                "  {}: docket cases advance {} --to {} --on YYYY-MM-DD",
                l.pick("or", "或", "或"),
                c.reference,
                other.code
            );
        }
    }
    for dl in &d.deadlines {
        out!("");
        let name = table::term(l, &dl.name);
        out!("  {}  {name}  [{}]", dl.due, dl.rule.version);
        if let Some(e) = &dl.ended {
            out!("    {}", e.note);
        }
        if let Some(reason) = &dl.override_reason {
            out!(
                "    {} {} → {} ({reason})",
                l.pick("overridden:", "已人工调整：", "已人工調整："),
                dl.computed_due,
                dl.due
            );
        }
        if let Some(changed) = &dl.recomputed_due {
            out!(
                "    {} {changed}",
                l.pick(
                    "calendars changed; now computes to",
                    "日历已变更，现计算为",
                    "日曆已變更，現計算為"
                )
            );
        }
        if let Some(p) = &dl.provisional {
            out!("    {p}");
        }
        if let Some(e) = &dl.estimate {
            out!("    ~ {}", e.note);
        }
        for s in dl.steps.iter() {
            out!("    - {}", s.text);
        }
    }
    if !d.audit.is_empty() {
        out!("");
        out!("{}", l.pick("History", "变更记录", "變更記錄"));
        let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
        let widest = d.audit.iter().map(|a| width(&a.when)).max().unwrap_or(0);
        for a in &d.audit {
            let pad = " ".repeat(widest.saturating_sub(width(&a.when)));
            out!("  {}{pad}  {}", a.when, a.sentence);
        }
    }
}
