//! Recurrence rules: reading an RRULE into a checked `Rule`, and stepping it into local start
//! times within the window and its step limit.

use super::*;

/// How often a rule repeats (the daily and longer frequencies, which are expanded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Freq {
    Daily,
    Weekly,
    Monthly,
    Yearly,
}

/// An RRULE, read and checked.
#[derive(Debug, Clone)]
pub(super) struct Rule {
    freq: Freq,
    interval: i64,
    count: Option<usize>,
    days: Vec<(i32, u32)>,
    month_days: Vec<i32>,
    months: Vec<u32>,
}

/// Reads an RRULE: a part that cannot be used as written refuses the event (with the rule's line)
/// rather than being expanded as something else.
pub(super) fn read_rule(line: &Line) -> Result<Rule, Problem> {
    let refuse = |what: String| Problem {
        line: line.line,
        what,
        skipped: true,
    };
    let p = rule_parts(&line.value);
    let freq = match p.get("FREQ").map(|f| f.to_ascii_uppercase()).as_deref() {
        Some("DAILY") => Freq::Daily,
        Some("WEEKLY") => Freq::Weekly,
        Some("MONTHLY") => Freq::Monthly,
        Some("YEARLY") => Freq::Yearly,
        Some(f @ ("SECONDLY" | "MINUTELY" | "HOURLY")) => {
            return Err(refuse(format!(
                "RRULE:FREQ={f} repeats more often than daily; such a rule is not expanded, so the event is not imported"
            )));
        }
        Some(f) => return Err(refuse(format!("RRULE with an unknown FREQ={f}"))),
        None => return Err(refuse("RRULE without FREQ".into())),
    };
    let interval = match p.get("INTERVAL") {
        None => 1,
        Some(v) => match v.parse::<u32>() {
            Ok(n) if n > 0 => i64::from(n),
            _ => {
                return Err(refuse(format!(
                    "RRULE INTERVAL={v} is not a whole number from 1 to {}",
                    u32::MAX
                )));
            }
        },
    };
    let count = match p.get("COUNT") {
        None => None,
        Some(v) => Some(
            v.parse::<usize>()
                .map_err(|_| refuse(format!("RRULE COUNT={v} is not a whole number")))?,
        ),
    };
    let list = |key: &str| -> Vec<&str> {
        p.get(key)
            .map(|v| v.split(',').map(str::trim).collect())
            .unwrap_or_default()
    };
    let days = list("BYDAY")
        .into_iter()
        .map(|d| {
            by_day(d).ok_or_else(|| {
                refuse(format!(
                    "RRULE BYDAY value {d} is not a weekday with an ordinal of at most 53"
                ))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let month_days = list("BYMONTHDAY")
        .into_iter()
        .map(|d| {
            d.parse::<i32>()
                .ok()
                .filter(|n| *n != 0 && (-31..=31).contains(n))
                .ok_or_else(|| {
                    refuse(format!(
                        "RRULE BYMONTHDAY value {d} is not a day of a month"
                    ))
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let months = list("BYMONTH")
        .into_iter()
        .map(|m| {
            m.parse::<u32>()
                .ok()
                .filter(|n| (1..=12).contains(n))
                .ok_or_else(|| refuse(format!("RRULE BYMONTH value {m} is not a month")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Rule {
        freq,
        interval,
        count,
        days,
        month_days,
        months,
    })
}

/// Local start times of a recurrence, in order, until `horizon` (local) or the rule's end; and
/// whether the step limit stopped the expansion before either.
pub(super) fn recur(
    rule: &Rule,
    first: LocalDateTime,
    until_local: impl Fn(LocalDateTime) -> bool,
    horizon: LocalDateTime,
) -> (Vec<LocalDateTime>, bool) {
    let Rule {
        freq,
        interval,
        count,
        ref days,
        ref month_days,
        ref months,
    } = *rule;
    let minute = first.minute_of_day();
    let at = |d: CivilDate| d.at(minute / 60, minute % 60).ok();
    let start = first.date();
    let mut out: Vec<LocalDateTime> = Vec::new();
    let push = |l: LocalDateTime, out: &mut Vec<LocalDateTime>| -> bool {
        if l < first {
            return true;
        }
        if count.is_some_and(|c| out.len() >= c) || until_local(l) || l > horizon {
            return false;
        }
        out.push(l);
        true
    };
    let month_ok = |d: CivilDate| months.is_empty() || months.contains(&d.month());
    let in_month = |y: i32, m: u32| -> Vec<CivilDate> {
        let mut v: Vec<CivilDate> = Vec::new();
        if !month_days.is_empty() {
            let last = i32::try_from(days_in_month(y, m)).unwrap_or(28);
            for md in month_days {
                let d = if *md > 0 { *md } else { last + md + 1 };
                if let Ok(day) = u32::try_from(d)
                    && let Ok(c) = CivilDate::new(y, m, day)
                {
                    v.push(c);
                }
            }
        } else if !days.is_empty() {
            for (ord, wd) in days {
                if *ord == 0 {
                    v.extend(
                        (1..=days_in_month(y, m))
                            .filter_map(|d| CivilDate::new(y, m, d).ok())
                            .filter(|d| d.iso_weekday() == *wd),
                    );
                } else if let Some(d) = nth_weekday(y, m, *ord, *wd) {
                    v.push(d);
                }
            }
        } else if let Ok(d) = CivilDate::new(y, m, start.day()) {
            v.push(d);
        }
        v.sort();
        v.dedup();
        v
    };
    // Each loop ends when a step leaves the representable dates (checked), when `push` says the
    // rule is over, or at its step limit (`guard`), which is reported.
    let mut guard = 0;
    let last_day = horizon.date();
    match freq {
        Freq::Daily => {
            let mut d = start;
            while guard < 200_000 {
                guard += 1;
                if d > last_day {
                    return (out, false);
                }
                let day_ok = days.is_empty() || days.iter().any(|(_, wd)| *wd == d.iso_weekday());
                let md_ok = month_days.is_empty()
                    || month_days.contains(&i32::try_from(d.day()).unwrap_or(0));
                if day_ok
                    && md_ok
                    && month_ok(d)
                    && let Some(l) = at(d)
                    && !push(l, &mut out)
                {
                    return (out, false);
                }
                let Ok(n) = d.add_days(interval) else {
                    return (out, false);
                };
                d = n;
            }
        }
        Freq::Weekly => {
            let mut monday = start
                .add_days(1 - i64::from(start.iso_weekday()))
                .unwrap_or(start);
            let wds: Vec<u32> = if days.is_empty() {
                vec![start.iso_weekday()]
            } else {
                days.iter().map(|(_, w)| *w).collect()
            };
            while guard < 100_000 {
                guard += 1;
                if monday > last_day {
                    return (out, false);
                }
                let mut week: Vec<CivilDate> = wds
                    .iter()
                    .filter_map(|w| monday.add_days(i64::from(*w) - 1).ok())
                    .collect();
                week.sort();
                for d in week {
                    if month_ok(d)
                        && let Some(l) = at(d)
                        && !push(l, &mut out)
                    {
                        return (out, false);
                    }
                }
                let Some(Ok(n)) = interval.checked_mul(7).map(|step| monday.add_days(step)) else {
                    return (out, false);
                };
                monday = n;
            }
        }
        Freq::Monthly | Freq::Yearly => {
            let yearly = freq == Freq::Yearly;
            let (mut y, mut m) = (start.year(), start.month());
            while guard < 20_000 {
                guard += 1;
                let candidate_months: Vec<u32> = if yearly {
                    if months.is_empty() {
                        vec![start.month()]
                    } else {
                        months.clone()
                    }
                } else {
                    vec![m]
                };
                for mm in candidate_months {
                    for d in in_month(y, mm) {
                        if (yearly || month_ok(d))
                            && let Some(l) = at(d)
                            && !push(l, &mut out)
                        {
                            return (out, false);
                        }
                    }
                }
                let next = if yearly {
                    i32::try_from(interval)
                        .ok()
                        .and_then(|i| y.checked_add(i))
                        .map(|ny| (ny, m))
                } else {
                    let total = i64::from(y) * 12 + i64::from(m.saturating_sub(1)) + interval;
                    i32::try_from(total.div_euclid(12))
                        .ok()
                        .zip(u32::try_from(total.rem_euclid(12)).ok())
                        .map(|(ny, nm)| (ny, nm + 1))
                };
                let Some((ny, nm)) = next else {
                    return (out, false);
                };
                (y, m) = (ny, nm);
                if y > horizon.date().year().saturating_add(1) {
                    return (out, false);
                }
            }
        }
    }
    (out, true)
}
