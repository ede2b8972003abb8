//! The deadline engine's tests: the rules brief's worked examples (§2.6) as a table, boundaries of each
//! rule, and property tests over whole years.

use super::*;
use crate::text::Bilingual;
use crate::time::Instant;
use proptest::prelude::*;

fn date(s: &str) -> CivilDate {
    s.parse().unwrap()
}

fn entry(d: &str, kind: EntryKind, en: &str, zh: &str) -> CalendarEntry {
    CalendarEntry {
        date: date(d),
        kind,
        name: Bilingual::new(en, zh),
        source: "test".into(),
    }
}

/// The Hong Kong general holidays of 2025–2026 that the examples touch, written out by hand.
fn hong_kong() -> HolidayCalendar {
    use EntryKind::DayOff as Off;
    HolidayCalendar::new(
        Jurisdiction::HongKong,
        [2025, 2026],
        [
            entry("2025-12-25", Off, "Christmas Day", "聖誕節"),
            entry(
                "2025-12-26",
                Off,
                "The first weekday after Christmas Day",
                "聖誕節後第一個周日",
            ),
            entry("2026-01-01", Off, "The first day of January", "一月一日"),
            entry("2026-02-17", Off, "Lunar New Year’s Day", "農曆年初一"),
            entry(
                "2026-02-18",
                Off,
                "The second day of Lunar New Year",
                "農曆年初二",
            ),
            entry(
                "2026-02-19",
                Off,
                "The third day of Lunar New Year",
                "農曆年初三",
            ),
            entry("2026-04-03", Off, "Good Friday", "耶穌受難節"),
            entry(
                "2026-04-04",
                Off,
                "The day following Good Friday",
                "耶穌受難節翌日",
            ),
            entry(
                "2026-04-06",
                Off,
                "The day following Ching Ming Festival",
                "清明節翌日",
            ),
            entry(
                "2026-04-07",
                Off,
                "The day following Easter Monday",
                "復活節星期一翌日",
            ),
            entry("2026-05-01", Off, "Labour Day", "勞動節"),
            entry("2026-12-25", Off, "Christmas Day", "聖誕節"),
            entry(
                "2026-12-26",
                Off,
                "The first weekday after Christmas Day",
                "聖誕節後第一個周日",
            ),
        ],
    )
}

/// The Mainland days off and make-up working days of 2026 that the examples touch.
fn mainland() -> HolidayCalendar {
    use EntryKind::{DayOff as Off, MakeUpWorkday as Work};
    let mut entries = vec![
        entry("2026-02-14", Work, "Spring Festival", "春节"),
        entry("2026-02-28", Work, "Spring Festival", "春节"),
        entry("2026-09-20", Work, "National Day", "国庆节"),
        entry("2026-10-10", Work, "National Day", "国庆节"),
    ];
    for d in 15..=23 {
        entries.push(entry(
            &format!("2026-02-{d:02}"),
            Off,
            "Spring Festival",
            "春节",
        ));
    }
    for d in 1..=7 {
        entries.push(entry(
            &format!("2026-10-{d:02}"),
            Off,
            "National Day",
            "国庆节",
        ));
    }
    for d in 25..=27 {
        entries.push(entry(
            &format!("2026-09-{d:02}"),
            Off,
            "Mid-Autumn Festival",
            "中秋节",
        ));
    }
    HolidayCalendar::new(Jurisdiction::Mainland, [2026], entries)
}

struct World {
    hk: HolidayCalendar,
    cn: HolidayCalendar,
    weather: Vec<WeatherEvent>,
    closures: Vec<ClosureDay>,
}

impl World {
    fn new() -> Self {
        Self {
            hk: hong_kong(),
            cn: mainland(),
            weather: Vec::new(),
            closures: Vec::new(),
        }
    }

    fn compute(
        &self,
        rule: &str,
        trigger: &str,
        period: Period,
        receipt: Option<Jurisdiction>,
    ) -> Result<Computed, DeadlineError> {
        let ctx = DeadlineContext {
            hong_kong: &self.hk,
            mainland: &self.cn,
            weather: &self.weather,
            closures: &self.closures,
        };
        compute(
            &DeadlineRequest {
                rule: RuleKind::parse(rule).unwrap(),
                trigger: date(trigger),
                period,
                receipt,
            },
            &ctx,
        )
    }

    #[track_caller]
    fn check(&self, rule: &str, trigger: &str, period: Period, expected: &str) -> Computed {
        let c = self.compute(rule, trigger, period, None).unwrap();
        assert_eq!(
            c.due.to_string(),
            expected,
            "{rule} from {trigger} + {period:?}: {:#?}",
            c.steps
        );
        c
    }
}

use Period::{Days, Months};

/// The rules brief §2.6, row by row.
#[test]
fn worked_examples_from_the_rules_brief() {
    let w = World::new();
    // PRC CPL: raw end Sat 3 Oct inside the National Day break → first day after the break.
    w.check("prc-civil-procedure", "2026-09-18", Days(15), "2026-10-08");
    // PRC CPL: raw end Sat 10 Oct is a make-up working day → no roll.
    let c = w.check("prc-civil-procedure", "2026-09-25", Days(15), "2026-10-10");
    assert!(
        c.steps
            .iter()
            .any(|s| matches!(s, Step::MakeUpWorkday { .. }))
    );
    // PRC: raw end Mon 16 Feb inside the Spring Festival break (15–23 Feb).
    w.check("prc-civil-procedure", "2026-02-06", Days(10), "2026-02-24");
    // HK Cap 1 s.71(1)(b): raw end Lunar New Year's Day → Fri 20 Feb.
    w.check("hk-ordinance", "2026-02-03", Days(14), "2026-02-20");
    // HK Cap 1: Christmas and the day after → Sat 27 Dec for non-court acts...
    w.check("hk-ordinance", "2025-12-11", Days(14), "2025-12-27");
    // ...and Mon 29 Dec at a court office closed on Saturdays.
    w.check("hk-court-office", "2025-12-11", Days(14), "2025-12-29");
    // HKIAC Answer: NoA received 8 Mar 2026, 30 days → 7 Apr is a general holiday → Wed 8 Apr.
    let c = w.check("hkiac", "2026-03-08", Days(30), "2026-04-08");
    assert_eq!(c.rule.version, "hkiac-2024");
}

#[test]
fn the_explanation_names_each_roll_and_its_reason() {
    let w = World::new();
    let c = w.check("hkiac", "2026-03-08", Days(30), "2026-04-08");
    assert_eq!(
        c.steps,
        vec![
            Step::Trigger {
                date: date("2026-03-08")
            },
            Step::Counted {
                first: date("2026-03-09"),
                period: Days(30),
                raw_end: date("2026-04-07"),
            },
            Step::Rolled {
                date: date("2026-04-07"),
                reason: OffReason::Holiday {
                    jurisdiction: Jurisdiction::HongKong,
                    name: Bilingual::new("The day following Easter Monday", "復活節星期一翌日"),
                    estimated: false,
                },
            },
            Step::Due {
                date: date("2026-04-08")
            },
        ]
    );
}

#[test]
fn short_hong_kong_periods_skip_holidays_and_sundays() {
    let w = World::new();
    // Thu 2 Apr 2026 + 3 days: Fri 3 (Good Friday), Sat 4 (day after), Sun 5, Mon 6 (day after Ching
    // Ming), Tue 7 (day after Easter Monday) are not counted: Wed 8, Thu 9, Fri 10.
    let c = w.check("hk-ordinance", "2026-04-02", Days(3), "2026-04-10");
    let skipped = c
        .steps
        .iter()
        .filter(|s| matches!(s, Step::Skipped { .. }))
        .count();
    assert_eq!(skipped, 5);
    // Seven days is not a short period: the holidays inside count.
    w.check("hk-ordinance", "2026-04-02", Days(7), "2026-04-09");
    // Six days is: 3–7 Apr skipped, then six days from Wed 8 → Tue 14 (Sun 12 skipped too).
    w.check("hk-ordinance", "2026-04-02", Days(6), "2026-04-14");
}

#[test]
fn a_gale_warning_day_rolls_a_hong_kong_deadline_but_not_a_mainland_one() {
    let mut w = World::new();
    // Raw end Tue 10 Mar 2026; Signal No. 8 from 08:00 to 13:00 Hong Kong time that day.
    w.weather.push(WeatherEvent {
        kind: WeatherKind::Signal8,
        start: "2026-03-10T00:00:00Z".parse::<Instant>().unwrap(),
        end: "2026-03-10T05:00:00Z".parse::<Instant>().unwrap(),
    });
    let c = w.check("hk-ordinance", "2026-02-24", Days(14), "2026-03-11");
    assert!(c.steps.iter().any(|s| matches!(
        s,
        Step::Rolled {
            reason: OffReason::Weather {
                kind: WeatherKind::Signal8
            },
            ..
        }
    )));
    w.check("prc-civil-procedure", "2026-02-24", Days(14), "2026-03-10");
    // A warning that ended at 08:30, before the 09:00 window, does not make a warning day.
    w.weather[0].end = "2026-03-10T00:30:00Z".parse().unwrap();
    w.check("hk-ordinance", "2026-02-24", Days(14), "2026-03-10");
    // "Extreme conditions" is not a statutory warning.
    w.weather[0] = WeatherEvent {
        kind: WeatherKind::ExtremeConditions,
        start: "2026-03-10T00:00:00Z".parse().unwrap(),
        end: "2026-03-10T10:00:00Z".parse().unwrap(),
    };
    w.check("hk-ordinance", "2026-02-24", Days(14), "2026-03-10");
}

#[test]
fn a_recorded_closure_day_rolls_a_court_office_deadline_only() {
    let mut w = World::new();
    w.closures.push(ClosureDay {
        date: date("2026-03-10"),
        name: Bilingual::new("Registry closed (power failure)", "登記處關閉（停電）"),
    });
    w.check("hk-court-office", "2026-02-24", Days(14), "2026-03-11");
    w.check("hk-ordinance", "2026-02-24", Days(14), "2026-03-10");
}

#[test]
fn month_periods_end_on_the_corresponding_day_or_the_last_day_of_the_month() {
    let w = World::new();
    // 31 Aug + 1 month: no 31 Sep → Wed 30 Sep.
    let c = w.check("prc-civil-procedure", "2026-08-31", Months(1), "2026-09-30");
    assert!(
        c.steps
            .iter()
            .any(|s| matches!(s, Step::MonthEnd { wanted_day: 31, .. }))
    );
    // 17 Aug + 3 months = Tue 17 Nov.
    w.check("prc-civil-procedure", "2026-08-17", Months(3), "2026-11-17");
    // 30 Nov 2025 + 3 months → 28 Feb 2026, a Saturday make-up working day: stays.
    let mut w2 = World::new();
    w2.cn = HolidayCalendar::new(
        Jurisdiction::Mainland,
        [2025, 2026],
        mainland().entries_in(2026).into_iter().cloned(),
    );
    w2.check("prc-civil-procedure", "2025-11-30", Months(3), "2026-02-28");
}

#[test]
fn hkiac_uses_the_place_of_receipt() {
    let w = World::new();
    // Raw end Sat 10 Oct 2026: not a business day in Hong Kong, a make-up working day on the Mainland.
    let hk = w
        .compute(
            "hkiac",
            "2026-09-10",
            Days(30),
            Some(Jurisdiction::HongKong),
        )
        .unwrap();
    assert_eq!(hk.due.to_string(), "2026-10-12");
    let cn = w
        .compute(
            "hkiac",
            "2026-09-10",
            Days(30),
            Some(Jurisdiction::Mainland),
        )
        .unwrap();
    assert_eq!(cn.due.to_string(), "2026-10-10");
}

#[test]
fn the_rule_version_follows_the_trigger_date() {
    let w = World::new();
    let mut w2 = World::new();
    w2.hk = HolidayCalendar::new(
        Jurisdiction::HongKong,
        [2024, 2025, 2026],
        hong_kong().entries_in(2026).into_iter().cloned(),
    );
    assert_eq!(
        w2.compute("hkiac", "2024-05-31", Days(30), None)
            .unwrap()
            .rule
            .version,
        "hkiac-2018"
    );
    assert_eq!(
        w2.compute("hkiac", "2024-06-01", Days(30), None)
            .unwrap()
            .rule
            .version,
        "hkiac-2024"
    );
    assert_eq!(
        w.compute("scia", "2026-01-05", Days(15), None)
            .unwrap()
            .rule
            .version,
        "scia-2022-am2024"
    );
}

#[test]
fn no_data_is_an_error_never_a_guess() {
    let w = World::new();
    // 2027 is estimated; a year past the estimate's lunar table is refused.
    assert_eq!(
        w.compute("prc-civil-procedure", "2035-12-20", Days(15), None)
            .unwrap_err(),
        DeadlineError::NoHolidayData {
            jurisdiction: Jurisdiction::Mainland,
            year: 2036
        }
    );
    assert_eq!(
        w.compute("prc-civil-procedure", "2024-12-01", Days(15), None)
            .unwrap_err(),
        DeadlineError::NoHolidayData {
            jurisdiction: Jurisdiction::Mainland,
            year: 2024
        }
    );
    assert_eq!(
        DeadlineError::NoHolidayData {
            jurisdiction: Jurisdiction::Mainland,
            year: 2027
        }
        .to_string(),
        "no holiday data for 2027 in the CN calendar"
    );
    assert_eq!(
        w.compute("hk-ordinance", "2026-03-01", Days(0), None)
            .unwrap_err(),
        DeadlineError::EmptyPeriod
    );
}

/// A synthetic full year for property tests: the examples' holidays plus every weekend.
fn full_world() -> World {
    World::new()
}

fn any_rule() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "hk-ordinance",
        "hk-court-office",
        "prc-civil-procedure",
        "hkiac",
        "scia",
    ])
}

proptest! {
    /// A computed deadline is never a closed day of its calendar.
    #[test]
    fn a_deadline_is_never_a_closed_day(rule in any_rule(), offset in 0i64..300, days in 1u32..40) {
        let w = full_world();
        let trigger = date("2026-01-01").add_days(offset).unwrap();
        if let Ok(c) = w.compute(rule, &trigger.to_string(), Days(days), None) {
            let ctx = DeadlineContext { hong_kong: &w.hk, mainland: &w.cn, weather: &w.weather, closures: &w.closures };
            prop_assert_eq!(rules::closed(c.rule, None, &ctx, c.due).unwrap(), None);
            prop_assert!(c.due > trigger);
        }
    }

    /// A later trigger never gives an earlier deadline.
    #[test]
    fn a_deadline_never_moves_earlier_when_the_trigger_moves_later(
        rule in any_rule(), offset in 0i64..300, days in 1u32..40, later in 1i64..10,
    ) {
        let w = full_world();
        let a = date("2026-01-01").add_days(offset).unwrap();
        let b = a.add_days(later).unwrap();
        if let (Ok(x), Ok(y)) = (
            w.compute(rule, &a.to_string(), Days(days), None),
            w.compute(rule, &b.to_string(), Days(days), None),
        ) {
            prop_assert!(y.due >= x.due, "{} → {}, {} → {}", a, x.due, b, y.due);
        }
    }
}
