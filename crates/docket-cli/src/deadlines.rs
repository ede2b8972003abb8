//! `docket deadline | limits | weather`: procedural deadlines (computed with every step explained,
//! listed, overridden), the rule sets and institution time limits they use, and the Hong Kong
//! weather warnings that move them.

use crate::output::{print_json, render};
use crate::table;
use clap::Subcommand;
use docket_app::dto::{DeadlineInputDto, TimeLimitInputDto, WeatherInputDto};
use docket_app::{App, AppError, Locale};

#[derive(Debug, Subcommand)]
pub enum DeadlineCommand {
    /// Compute a due date and explain every step.
    Compute {
        /// hk-ordinance, hk-court-office, prc-civil-procedure, hkiac or scia.
        #[arg(long)]
        rule: String,
        /// The trigger date (event, service or receipt), YYYY-MM-DD.
        #[arg(long = "from", value_name = "YYYY-MM-DD")]
        from: String,
        /// A period in days.
        #[arg(long, allow_negative_numbers = true, conflicts_with = "months")]
        days: Option<i64>,
        /// A period in months.
        #[arg(long, allow_negative_numbers = true)]
        months: Option<i64>,
        /// Place of receipt for HKIAC periods: HK (default) or CN.
        #[arg(long = "receipt-calendar", value_name = "HK|CN")]
        receipt: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List the rule sets in force, with versions and sources.
    Rules {
        #[arg(long)]
        json: bool,
    },
    /// List the deadlines of every case, soonest first.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Set a deadline's date by hand; the reason is kept and shown with it.
    Override {
        /// The deadline's id (from `deadline list --json` or `cases show --json`).
        id: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum LimitsCommand {
    /// List every version of every limit.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add a new version of a limit from a date; the version before it ends the day before.
    Set {
        /// HKIAC or SCIA.
        #[arg(long)]
        institution: String,
        /// The limit's code (see `limits list`), e.g. answer, set_aside.
        #[arg(long)]
        code: String,
        #[arg(long, allow_negative_numbers = true, conflicts_with = "months")]
        days: Option<i64>,
        #[arg(long, allow_negative_numbers = true)]
        months: Option<i64>,
        #[arg(long = "from", value_name = "YYYY-MM-DD")]
        from: String,
        /// verified, secondary or unverified.
        #[arg(long, default_value = "unverified")]
        verification: String,
        /// Where the figure comes from.
        #[arg(long)]
        source: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum WeatherCommand {
    /// Record a warning period (Hong Kong wall times, or RFC 3339 instants).
    Add {
        /// signal8, black_rain or extreme_conditions.
        #[arg(long)]
        kind: String,
        #[arg(long = "from", value_name = "YYYY-MM-DDTHH:MM")]
        from: String,
        #[arg(long = "to", value_name = "YYYY-MM-DDTHH:MM")]
        to: String,
        #[arg(long)]
        note: Option<String>,
        /// Confirm a warning longer than seven days.
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
    /// List recorded warnings.
    List {
        #[arg(long)]
        json: bool,
    },
}

/// Runs `docket deadline …`.
pub fn deadline(app: &mut App, l: Locale, command: DeadlineCommand) -> Result<(), AppError> {
    match command {
        DeadlineCommand::Compute {
            rule,
            from,
            days,
            months,
            receipt,
            json,
        } => {
            let d = app.compute_deadline(&DeadlineInputDto {
                rule,
                trigger: from,
                days,
                months,
                receipt,
            })?;
            if json {
                print_json(&d)?;
            } else {
                out!(
                    "{} {}  ({} · {})",
                    l.pick("Due", "期限届满日", "期限屆滿日"),
                    d.due,
                    d.rule.code,
                    d.rule.version
                );
                for (i, s) in d.steps.iter().enumerate() {
                    out!("  {}. {}", i + 1, s.text);
                }
                if let Some(e) = &d.estimate {
                    out!("  ~ {}", e.note);
                }
                out!(
                    "  {}: {} ({})",
                    l.pick("Rule", "规则", "規則"),
                    d.rule.source,
                    d.rule.verification
                );
            }
        }
        DeadlineCommand::List { json } => {
            let list = app.list_case_deadlines()?;
            render(json, &list, |list| table::deadlines(l, list))?;
        }
        DeadlineCommand::Override {
            id,
            date,
            reason,
            json,
        } => {
            let d = app.override_deadline(&id, &date, &reason)?;
            if json {
                print_json(&d)?;
            } else {
                out!(
                    "{} {} → {} ({})",
                    d.case_reference,
                    d.computed_due,
                    d.due,
                    reason
                );
            }
        }
        DeadlineCommand::Rules { json } => {
            let rules = app.rule_sets();
            if json {
                print_json(&rules)?;
            } else {
                for r in rules {
                    let title = r.title.shown(l);
                    out!(
                        "{:<20} {:<18} {} {}  [{}]",
                        r.code,
                        r.version,
                        r.effective_from,
                        title,
                        r.verification
                    );
                }
            }
        }
    }
    Ok(())
}

/// Runs `docket limits …`.
pub fn limits(app: &mut App, l: Locale, command: LimitsCommand) -> Result<(), AppError> {
    match command {
        LimitsCommand::List { json } => {
            let limits = app.time_limits()?;
            render(json, &limits, |limits| table::limits(l, limits))?;
        }
        LimitsCommand::Set {
            institution,
            code,
            days,
            months,
            from,
            verification,
            source,
            json,
        } => {
            let t = app.set_time_limit(&TimeLimitInputDto {
                institution,
                code,
                days,
                months,
                effective_from: from,
                verification,
                source,
            })?;
            render(json, &t, |t| {
                let period = match (t.days, t.months) {
                    (Some(d), _) => format!("{d} d"),
                    (_, Some(mo)) => format!("{mo} m"),
                    _ => String::new(),
                };
                out!(
                    "{} {} {period} from {} [{}]",
                    t.institution,
                    t.code,
                    t.effective_from,
                    t.verification
                )
            })?;
        }
    }
    Ok(())
}

/// Runs `docket weather …`.
pub fn weather(app: &mut App, command: WeatherCommand) -> Result<(), AppError> {
    match command {
        WeatherCommand::Add {
            kind,
            from,
            to,
            note,
            yes,
            json,
        } => {
            let w = app.add_weather(&WeatherInputDto {
                kind,
                start: from,
                end: to,
                note,
                confirm: yes,
            })?;
            if json {
                print_json(&w)?;
            } else {
                out!(
                    "{} {} → {} (Hong Kong)",
                    w.kind,
                    w.starts_hk.replace('T', " "),
                    w.ends_hk.replace('T', " ")
                );
            }
        }
        WeatherCommand::List { json } => {
            let list = app.list_weather()?;
            if json {
                print_json(&list)?;
            } else {
                for w in list {
                    out!(
                        "{:<20} {} → {}  {}",
                        w.kind,
                        w.starts_hk.replace('T', " "),
                        w.ends_hk.replace('T', " "),
                        w.note
                    );
                }
            }
        }
    }
    Ok(())
}
