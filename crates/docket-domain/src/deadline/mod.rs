//! The deadline engine: a period counted from a trigger date under a named, versioned rule set, on the
//! right holiday calendar, with every step explained.
//!
//! [`compute`] takes a [`DeadlineRequest`] and a [`DeadlineContext`] (the Hong Kong and Mainland
//! [`HolidayCalendar`]s, recorded weather warnings and closure days) and returns a [`Computed`]
//! deadline: the due [`CivilDate`] and the [`Step`]s that led to it (trigger, counting, each day skipped
//! or rolled over and why). A year without official data is estimated from the days the law fixes
//! ([`estimate`], up to 2035) and the result names the estimated calendar-years it read
//! ([`Computed::estimated`]); a later year is refused.

mod calendar;
mod entry;
pub mod estimate;
mod rules;

pub use calendar::{
    CalendarEntry, ClosureDay, DayStatus, EntryKind, HolidayCalendar, Jurisdiction, OffReason,
    WarningWindow, WeatherEvent, WeatherKind, warning_on,
};
pub use rules::{RuleKind, RuleSet, Verification};

use crate::time::{CivilDate, TimeError};

/// Why a deadline could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DeadlineError {
    #[error("no holiday data for {year} in the {} calendar", jurisdiction.code())]
    NoHolidayData {
        jurisdiction: Jurisdiction,
        year: i32,
    },
    #[error("the period must be at least 1")]
    EmptyPeriod,
    #[error("no open day within {0} days of the raw end date")]
    NoOpenDay(u32),
    #[error(transparent)]
    Time(#[from] TimeError),
}

/// A length of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Days(u32),
    Months(u32),
}

/// What to compute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineRequest {
    pub rule: RuleKind,
    /// The event or receipt date the period runs from.
    pub trigger: CivilDate,
    pub period: Period,
    /// Whose business days decide a roll-forward under the HKIAC rules (the place of receipt).
    pub receipt: Option<Jurisdiction>,
}

/// The calendars and recorded events a computation reads.
#[derive(Debug, Clone, Copy)]
pub struct DeadlineContext<'a> {
    pub hong_kong: &'a HolidayCalendar,
    pub mainland: &'a HolidayCalendar,
    pub weather: &'a [WeatherEvent],
    pub closures: &'a [ClosureDay],
}

/// One step of the explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The trigger date, which is not counted.
    Trigger { date: CivilDate },
    /// Counting starts on `first` and, before any roll-forward, ends on `raw_end`.
    Counted {
        first: CivilDate,
        period: Period,
        raw_end: CivilDate,
    },
    /// The target month has no corresponding day, so the period ends on the month's last day.
    MonthEnd { wanted_day: u32, date: CivilDate },
    /// A short period does not count this day at all.
    Skipped { date: CivilDate, reason: OffReason },
    /// A Mainland weekend day that is a make-up working day, so the period ends there.
    MakeUpWorkday {
        date: CivilDate,
        holiday: crate::text::Bilingual,
    },
    /// The day is closed, so the deadline moves to the next day.
    Rolled { date: CivilDate, reason: OffReason },
    /// The result.
    Due { date: CivilDate },
}

/// A computed deadline and how it was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Computed {
    pub due: CivilDate,
    pub rule: &'static RuleSet,
    pub steps: Vec<Step>,
    /// The calendar-years without official data that the computation read, in order: the due date
    /// is an estimate until their official lists are loaded.
    pub estimated: Vec<(Jurisdiction, i32)>,
}

/// A roll-forward never needs more than this many days (the longest Mainland break is 9 days).
const MAX_ROLL_DAYS: u32 = 60;

/// Computes a deadline under the rule set in force on the trigger date.
pub fn compute(
    req: &DeadlineRequest,
    ctx: &DeadlineContext<'_>,
) -> Result<Computed, DeadlineError> {
    let rule = RuleSet::in_force(req.rule, req.trigger);
    let n = match req.period {
        Period::Days(n) | Period::Months(n) => n,
    };
    if n == 0 {
        return Err(DeadlineError::EmptyPeriod);
    }
    let mut steps = vec![Step::Trigger { date: req.trigger }];
    let first = req.trigger.add_days(1)?;
    let closed = |date: CivilDate| rules::closed(rule, req.receipt, ctx, date);

    let raw_end = match req.period {
        Period::Days(days) if rule.skips_short_periods(days) => {
            // Cap 1 s.71(1)(d): in a period of 6 days or less, excluded days are not counted.
            let mut date = req.trigger;
            let mut counted = 0;
            let mut skipped = Vec::new();
            while counted < days {
                date = date.add_days(1)?;
                match closed(date)? {
                    Some(reason) => skipped.push(Step::Skipped { date, reason }),
                    None => counted += 1,
                }
            }
            steps.push(Step::Counted {
                first,
                period: req.period,
                raw_end: date,
            });
            steps.extend(skipped);
            date
        }
        Period::Days(days) => {
            let end = req.trigger.add_days(i64::from(days))?;
            steps.push(Step::Counted {
                first,
                period: req.period,
                raw_end: end,
            });
            end
        }
        Period::Months(months) => {
            let (end, clamped) = add_months(req.trigger, months)?;
            steps.push(Step::Counted {
                first,
                period: req.period,
                raw_end: end,
            });
            if clamped {
                steps.push(Step::MonthEnd {
                    wanted_day: req.trigger.day(),
                    date: end,
                });
            }
            end
        }
    };

    let mut due = raw_end;
    let mut rolled = 0;
    loop {
        match closed(due)? {
            None => break,
            Some(reason) => {
                steps.push(Step::Rolled { date: due, reason });
                rolled += 1;
                if rolled > MAX_ROLL_DAYS {
                    return Err(DeadlineError::NoOpenDay(MAX_ROLL_DAYS));
                }
                due = due.add_days(1)?;
            }
        }
    }
    if let Some(holiday) = rules::make_up_day(rule, req.receipt, ctx, due)? {
        steps.push(Step::MakeUpWorkday { date: due, holiday });
    }
    steps.push(Step::Due { date: due });
    // Every day examined lies between the first counted day (short periods) or the raw end, and the
    // due date; the calendars read are the rule's.
    let from = if matches!(req.period, Period::Days(d) if rule.skips_short_periods(d)) {
        first
    } else {
        raw_end
    };
    let mut estimated = Vec::new();
    for j in rules::calendars(rule, req.receipt) {
        let cal = match j {
            Jurisdiction::HongKong => ctx.hong_kong,
            Jurisdiction::Mainland => ctx.mainland,
        };
        for year in from.year()..=due.year() {
            if cal.is_estimated(year) {
                estimated.push((j, year));
            }
        }
    }
    Ok(Computed {
        due,
        rule,
        steps,
        estimated,
    })
}

/// The last day of a period, moved past the days the rule always closes (Sundays under Cap 1; Saturdays
/// and Sundays where the rule or office does not work on Saturdays): shown, marked provisional, when a
/// year is beyond even the estimate. Never a Sunday.
pub fn provisional_end(req: &DeadlineRequest) -> Result<CivilDate, TimeError> {
    let rule = RuleSet::in_force(req.rule, req.trigger);
    let saturday = match rule.kind {
        RuleKind::HkOrdinance => false,
        RuleKind::HkCourtOffice => rule.closed_saturdays,
        RuleKind::PrcCivilProcedure | RuleKind::Scia | RuleKind::Hkiac => true,
    };
    let mut d = raw_end(req.trigger, req.period)?;
    while d.is_sunday() || (saturday && d.iso_weekday() == 6) {
        d = d.add_days(1)?;
    }
    Ok(d)
}

/// The last day of a period before any roll-forward (used, marked provisional, when the calendar has
/// no data yet for the year the period ends in).
pub fn raw_end(trigger: CivilDate, period: Period) -> Result<CivilDate, TimeError> {
    match period {
        Period::Days(d) => trigger.add_days(i64::from(d)),
        Period::Months(m) => add_months(trigger, m).map(|(d, _)| d),
    }
}

/// The corresponding day `months` later, or the last day of that month if it has no such day.
fn add_months(date: CivilDate, months: u32) -> Result<(CivilDate, bool), TimeError> {
    let total = i64::from(date.month() - 1) + i64::from(months);
    let year =
        i32::try_from(i64::from(date.year()) + total / 12).map_err(|_| TimeError::OutOfRange)?;
    let month = u32::try_from(total % 12 + 1).map_err(|_| TimeError::OutOfRange)?;
    match CivilDate::new(year, month, date.day()) {
        Ok(d) => Ok((d, false)),
        Err(_) => {
            let next_first = if month == 12 {
                CivilDate::new(year + 1, 1, 1)?
            } else {
                CivilDate::new(year, month + 1, 1)?
            };
            Ok((next_first.add_days(-1)?, true))
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod estimate_tests;
