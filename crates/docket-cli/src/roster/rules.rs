//! `docket conflicts rules …` and `docket fees caps …`: the conflict rules and fee caps in force,
//! every version, and a new version from a date (as `limits set` does for time limits).

use crate::output::{print_json, render};
use crate::table;
use clap::Subcommand;
use docket_app::dto::{ConflictRuleInputDto, FeeCapInputDto};
use docket_app::{App, AppError, Locale};

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Every version of every rule, newest first per rule.
    History {
        #[arg(long)]
        json: bool,
    },
    /// Add a version of a rule in force from a date; checks dated before keep the earlier one.
    Set {
        /// The rule's code (see `conflicts rules`), e.g. party_repeat, counsel_repeat.
        rule: String,
        /// block, disclose or note.
        #[arg(long)]
        severity: String,
        /// 0 to 20.
        #[arg(long, allow_negative_numbers = true)]
        lookback_years: i64,
        /// 1 to 100.
        #[arg(long, allow_negative_numbers = true)]
        threshold: i64,
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
pub enum FeesCommand {
    /// The institutions' hourly-rate caps, every version.
    Caps {
        #[command(subcommand)]
        command: Option<CapsCommand>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CapsCommand {
    /// Add an institution's cap in force from a date (cases filed from then are checked against it).
    Set {
        /// HKIAC or SCIA.
        #[arg(long)]
        institution: String,
        /// An ISO 4217 code, e.g. HKD.
        #[arg(long)]
        currency: String,
        /// The hourly cap in major units, e.g. 7500 or 7,500.00.
        #[arg(long, allow_negative_numbers = true)]
        amount: String,
        #[arg(long = "from", value_name = "YYYY-MM-DD")]
        from: String,
        /// verified, secondary or unverified.
        #[arg(long, default_value = "unverified")]
        verification: String,
        #[arg(long)]
        source: String,
        #[arg(long)]
        json: bool,
    },
}

/// Runs `docket conflicts rules [history | set]`.
pub fn rules(
    app: &mut App,
    l: Locale,
    command: Option<RulesCommand>,
    json: bool,
) -> Result<(), AppError> {
    match command {
        None => {
            let rules = app.conflict_rules()?;
            let caps = app.fee_caps()?;
            if json {
                print_json(&serde_json::json!({ "rules": rules, "feeCaps": caps }))
            } else {
                table::conflict_rules(l, &rules, &caps);
                Ok(())
            }
        }
        Some(RulesCommand::History { json }) => {
            let versions = app.conflict_rule_versions()?;
            render(json, &versions, |v| table::conflict_rules(l, v, &[]))
        }
        Some(RulesCommand::Set {
            rule,
            severity,
            lookback_years,
            threshold,
            from,
            verification,
            source,
            json,
        }) => {
            let r = app.set_conflict_rule(&ConflictRuleInputDto {
                rule,
                severity,
                lookback_years,
                threshold,
                effective_from: from,
                source,
                verification,
            })?;
            render(json, &r, |r| {
                out!(
                    "{} {} {}/{} from {} [{}]",
                    r.rule,
                    r.severity,
                    r.lookback_years,
                    r.threshold,
                    r.effective_from,
                    r.verification
                )
            })
        }
    }
}

/// Runs `docket fees caps [set]`.
pub fn fees(app: &mut App, l: Locale, command: FeesCommand) -> Result<(), AppError> {
    let FeesCommand::Caps { command, json } = command;
    match command {
        None => {
            let caps = app.fee_caps()?;
            render(json, &caps, |caps| table::conflict_rules(l, &[], caps))
        }
        Some(CapsCommand::Set {
            institution,
            currency,
            amount,
            from,
            verification,
            source,
            json,
        }) => {
            let c = app.set_fee_cap(&FeeCapInputDto {
                institution,
                currency,
                amount,
                effective_from: from,
                source,
                verification,
            })?;
            render(json, &c, |c| {
                out!(
                    "{} {} from {} [{}]",
                    c.institution,
                    c.cap.display,
                    c.effective_from,
                    c.verification
                )
            })
        }
    }
}
