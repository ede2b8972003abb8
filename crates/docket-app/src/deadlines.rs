//! Deadline use cases: compute a deadline with its explanation, list a year of holidays, ask whether
//! a day is a working day, record weather warnings.

use crate::dto::{
    BilingualDto, CalendarDayDto, CalendarDto, CalendarMonthDto, DeadlineDto, DeadlineInputDto,
    EstimateDto, EstimatedYearDto, HolidayDto, HolidayYearDto, RuleSetDto, StepDto, StepKindDto,
    WeatherEventDto, WeatherInputDto, WorkingDayDto,
};
use crate::error::Expected;
use crate::{App, AppError, FieldProblemReason, Locale};
use docket_domain::deadline::{
    self, DayStatus, DeadlineContext, DeadlineError, DeadlineRequest, EntryKind, HolidayCalendar,
    Jurisdiction, OffReason, Period, RuleKind, RuleSet, Step, WeatherEvent, WeatherKind,
};
use docket_domain::time::{CivilDate, Disambiguation, Instant, LocalDateTime, Zone, ZonedWallTime};
use docket_store::StoreError;
use docket_store::repo;

impl From<DeadlineError> for AppError {
    fn from(e: DeadlineError) -> Self {
        match e {
            DeadlineError::NoHolidayData { jurisdiction, year } => AppError::NoHolidayData {
                calendar: jurisdiction.into(),
                year,
            },
            DeadlineError::EmptyPeriod => AppError::field(
                "period",
                FieldProblemReason::OutOfRange { min: 1, max: 3650 },
            ),
            DeadlineError::Time(t) => AppError::time("trigger", t),
            other => AppError::Internal {
                detail: other.to_string(),
            },
        }
    }
}

fn calendar_of(field: &str, s: &str) -> Result<Jurisdiction, AppError> {
    Jurisdiction::parse(s).ok_or_else(|| AppError::malformed(field, Expected::Calendar))
}

fn date_of(field: &str, s: &str) -> Result<CivilDate, AppError> {
    crate::input_date(field, s)
}

/// The data behind every deadline computation, read once per use case.
pub(crate) struct DeadlineData {
    pub(crate) hong_kong: HolidayCalendar,
    pub(crate) mainland: HolidayCalendar,
    pub(crate) weather: Vec<WeatherEvent>,
    pub(crate) closures: Vec<deadline::ClosureDay>,
}

impl DeadlineData {
    pub(crate) fn context(&self) -> DeadlineContext<'_> {
        DeadlineContext {
            hong_kong: &self.hong_kong,
            mainland: &self.mainland,
            weather: &self.weather,
            closures: &self.closures,
        }
    }
}

impl App {
    /// What a deadline computation reads: both calendars, the recorded warnings and closure days.
    pub(crate) fn deadline_data(&self) -> Result<DeadlineData, AppError> {
        Ok(self.store.read(|c| -> Result<_, StoreError> {
            Ok(DeadlineData {
                hong_kong: repo::holidays::calendar(c, Jurisdiction::HongKong)?,
                mainland: repo::holidays::calendar(c, Jurisdiction::Mainland)?,
                weather: repo::holidays::weather(c)?
                    .into_iter()
                    .map(|(_, e, _)| e)
                    .collect(),
                closures: repo::holidays::closures(c)?,
            })
        })?)
    }

    /// Computes one deadline and explains every step in the clerk's language.
    pub fn compute_deadline(&self, input: &DeadlineInputDto) -> Result<DeadlineDto, AppError> {
        let mut problems = Vec::new();
        let rule = RuleKind::parse(&input.rule);
        if rule.is_none() {
            problems.push(crate::FieldProblem {
                field: "rule".to_owned(),
                reason: FieldProblemReason::Malformed {
                    expected: Expected::RuleSet,
                },
            });
        }
        let trigger = docket_domain::validation::supported_date(&input.trigger);
        if let Err(reason) = &trigger {
            problems.push(crate::FieldProblem::from(
                docket_domain::validation::FieldError::new("trigger", reason.clone()),
            ));
        }
        let range = FieldProblemReason::OutOfRange { min: 1, max: 3650 };
        let period = period_of(input.days, input.months);
        if period.is_none() {
            problems.push(crate::FieldProblem {
                field: "period".to_owned(),
                reason: match (input.days, input.months) {
                    (Some(_), Some(_)) | (None, None) => FieldProblemReason::Malformed {
                        expected: Expected::DaysOrMonths,
                    },
                    _ => range,
                },
            });
        }
        let receipt = match input.receipt.as_deref().filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => match Jurisdiction::parse(s) {
                Some(j) => Some(j),
                None => {
                    problems.push(crate::FieldProblem {
                        field: "receipt".to_owned(),
                        reason: FieldProblemReason::Malformed {
                            expected: Expected::Calendar,
                        },
                    });
                    None
                }
            },
        };
        let (Some(rule), Ok(trigger), Some(period)) = (rule, trigger, period) else {
            return Err(AppError::Validation { fields: problems });
        };
        if !problems.is_empty() {
            return Err(AppError::Validation { fields: problems });
        }
        let data = self.deadline_data()?;
        let ctx = data.context();
        let computed = deadline::compute(
            &DeadlineRequest {
                rule,
                trigger,
                period,
                receipt,
            },
            &ctx,
        )?;
        let l = self.locale();
        let estimate = estimate_dto(l, &computed.estimated);
        Ok(DeadlineDto {
            due: computed.due.to_string(),
            due_weekday: computed.due.iso_weekday(),
            rule: rule_dto(computed.rule),
            steps: computed.steps.iter().map(|s| step_dto(l, s)).collect(),
            estimated: estimate.is_some(),
            estimate,
        })
    }

    /// The rule sets in force today, with their versions and sources.
    pub fn rule_sets(&self) -> Vec<RuleSetDto> {
        let today = self.clock.now().date_in(Zone::hong_kong());
        RuleKind::ALL
            .iter()
            .map(|k| rule_dto(RuleSet::in_force(*k, today)))
            .collect()
    }

    /// The listed days of one year of a calendar (estimated from the law when the year has no
    /// official data).
    pub fn list_holidays(&self, calendar: &str, year: i32) -> Result<HolidayYearDto, AppError> {
        let j = calendar_of("calendar", calendar)?;
        let (cal, source) = self.store.read(|c| -> Result<_, StoreError> {
            Ok((
                repo::holidays::calendar(c, j)?,
                repo::holidays::year_source(c, j, year)?,
            ))
        })?;
        let estimated = cal.is_estimated(year);
        let source = match (source, estimated) {
            (Some(s), _) => s,
            (None, true) => match j {
                Jurisdiction::HongKong => deadline::estimate::HK_ESTIMATE_SOURCE,
                Jurisdiction::Mainland => deadline::estimate::CN_ESTIMATE_SOURCE,
            }
            .to_owned(),
            (None, false) => {
                return Err(AppError::NoHolidayData {
                    calendar: j.into(),
                    year,
                });
            }
        };
        let l = self.locale();
        Ok(HolidayYearDto {
            calendar: j.into(),
            year,
            source,
            estimated,
            estimate_note: estimated.then(|| estimate_sentence(l, j, year)),
            entries: cal
                .entries_in(year)
                .into_iter()
                .map(|e| HolidayDto {
                    date: e.date.to_string(),
                    weekday: e.date.iso_weekday(),
                    working: e.kind == EntryKind::MakeUpWorkday,
                    name: BilingualDto::term(&e.name),
                    source: e.source.clone(),
                })
                .collect(),
        })
    }

    /// Every day of one month of a calendar, with its status and why.
    pub fn calendar_month(
        &self,
        calendar: &str,
        year: i32,
        month: u32,
    ) -> Result<CalendarMonthDto, AppError> {
        let j = calendar_of("calendar", calendar)?;
        let first = CivilDate::new(year, month, 1).map_err(|e| AppError::time("month", e))?;
        let cal = self.store.read(|c| repo::holidays::calendar(c, j))?;
        let l = self.locale();
        let mut days = Vec::new();
        let mut d = first;
        while d.month() == month {
            let status = cal.status(d)?;
            let listed = cal.entry(d);
            days.push(CalendarDayDto {
                date: d.to_string(),
                weekday: d.iso_weekday(),
                working: status.is_working(),
                make_up: matches!(status, DayStatus::Working { make_up: Some(_) }),
                name: listed.map(|e| BilingualDto::term(&e.name)),
                explanation: status_text(l, d, &status),
            });
            d = d.add_days(1).map_err(|e| AppError::time("month", e))?;
        }
        Ok(CalendarMonthDto {
            calendar: j.into(),
            year,
            month,
            days,
            estimate_note: cal
                .is_estimated(year)
                .then(|| estimate_sentence(l, j, year)),
        })
    }

    /// Whether a date is a working day on a calendar, and why.
    pub fn is_working_day(&self, calendar: &str, date: &str) -> Result<WorkingDayDto, AppError> {
        let j = calendar_of("calendar", calendar)?;
        let d = date_of("date", date)?;
        let cal = self.store.read(|c| repo::holidays::calendar(c, j))?;
        let status = cal.status(d)?;
        let l = self.locale();
        let estimated = cal.is_estimated(d.year());
        let mut explanation = status_text(l, d, &status);
        if estimated {
            explanation.push(' ');
            explanation.push_str(&estimate_sentence(l, j, d.year()));
        }
        Ok(WorkingDayDto {
            calendar: j.into(),
            date: d.to_string(),
            working: status.is_working(),
            explanation,
            estimated,
        })
    }

    /// Records a Hong Kong weather warning; times are Hong Kong wall times or RFC 3339 instants.
    pub fn add_weather(&mut self, input: &WeatherInputDto) -> Result<WeatherEventDto, AppError> {
        let kind = WeatherKind::parse(&input.kind)
            .ok_or_else(|| AppError::malformed("kind", Expected::WeatherKind))?;
        let start = hk_instant("start", &input.start)?;
        let end = hk_instant("end", &input.end)?;
        if end <= start {
            return Err(AppError::malformed("end", Expected::AfterStart));
        }
        // No real warning lasts a week: a longer one is a typing slip until the clerk confirms it
        // (a ten-month Signal No. 8 would close every Hong Kong day and leave no open day to roll to).
        if !input.confirm && end.unix_seconds() - start.unix_seconds() > MAX_WARNING_SECONDS {
            return Err(AppError::Unconfirmed {
                field: "end".to_owned(),
                value: end.date_in(Zone::hong_kong()).to_string(),
                reason: crate::UnconfirmedReason::LongWarning,
            });
        }
        let event = WeatherEvent { kind, start, end };
        let id = self.ids.next_uuid().to_string();
        let now = self.clock.now();
        let note = input.note.clone().unwrap_or_default();
        self.store
            .write(|tx| repo::holidays::add_weather(tx, &id, &event, &note, now))?;
        Ok(weather_dto(&id, &event, &note))
    }

    pub fn list_weather(&self) -> Result<Vec<WeatherEventDto>, AppError> {
        let list = self.store.read(repo::holidays::weather)?;
        Ok(list
            .iter()
            .map(|(id, e, note)| weather_dto(id, e, note))
            .collect())
    }
}

/// A period of 1–3650 days or 1–1200 months: exactly one of the two, in range.
pub(crate) fn period_of(days: Option<i64>, months: Option<i64>) -> Option<Period> {
    match (days, months) {
        (Some(d), None) if (1..=3650).contains(&d) => u32::try_from(d).ok().map(Period::Days),
        (None, Some(m)) if (1..=1200).contains(&m) => u32::try_from(m).ok().map(Period::Months),
        _ => None,
    }
}

/// The due date and the rule version that set it (estimated where a year has no official data);
/// when the period ends beyond even the estimate, its end moved past the days the rule always closes
/// (to be recomputed once the year is imported).
pub(crate) fn due_or_raw_end(
    req: &DeadlineRequest,
    ctx: &DeadlineContext<'_>,
) -> Result<(CivilDate, &'static str), AppError> {
    match deadline::compute(req, ctx) {
        Ok(c) => Ok((c.due, c.rule.version)),
        Err(DeadlineError::NoHolidayData { .. }) => Ok((
            deadline::provisional_end(req).map_err(|e| AppError::time("date", e))?,
            RuleSet::in_force(req.rule, req.trigger).version,
        )),
        Err(e) => Err(e.into()),
    }
}

/// What could still change a date that rests on `year` of `j` without official data, in words.
pub(crate) fn estimate_sentence(l: Locale, j: Jurisdiction, year: i32) -> String {
    match (j, l) {
        (Jurisdiction::HongKong, Locale::En) => format!(
            "Estimated: the Hong Kong {year} general holidays have not been gazetted in our data; they are worked out from the General Holidays Ordinance (Cap 149) rules. Import the 1823 list for {year} to confirm."
        ),
        (Jurisdiction::HongKong, Locale::ZhHans) => format!(
            "估算：本系统尚无香港{year}年宪报公布的公众假期，现按《公众假期条例》（第149章）的规则推算。请导入1823的{year}年假期表以确认。"
        ),
        (Jurisdiction::HongKong, Locale::ZhHant) => format!(
            "估算：本系統尚無香港{year}年憲報公布的公眾假期，現按《公眾假期條例》（第149章）的規則推算。請匯入1823的{year}年假期表以確認。"
        ),
        (Jurisdiction::Mainland, Locale::En) => format!(
            "Estimated from the holidays fixed by law (weekends and the festival days of the 2024 Measures); the State Council's {year} notice can add bridge days and weekend make-up working days that change this."
        ),
        (Jurisdiction::Mainland, Locale::ZhHans) => format!(
            "按法定节假日估算（周末及《全国年节及纪念日放假办法》所定节日）；国务院{year}年放假通知可能增加调休假日及周末调休上班日，从而改变结果。"
        ),
        (Jurisdiction::Mainland, Locale::ZhHant) => format!(
            "按法定節假日估算（週末及《全國年節及紀念日放假辦法》所定節日）；國務院{year}年放假通知可能增加調休假日及週末調休上班日，從而改變結果。"
        ),
    }
}

/// The estimate behind a computed date, if any, with its sentences joined.
pub(crate) fn estimate_dto(l: Locale, years: &[(Jurisdiction, i32)]) -> Option<EstimateDto> {
    if years.is_empty() {
        return None;
    }
    let note = years
        .iter()
        .map(|(j, y)| estimate_sentence(l, *j, *y))
        .collect::<Vec<_>>()
        .join(" ");
    Some(EstimateDto {
        years: years
            .iter()
            .map(|(j, y)| EstimatedYearDto {
                calendar: (*j).into(),
                year: *y,
            })
            .collect(),
        note,
    })
}

/// The longest weather warning recorded without the clerk's confirmation: seven days.
const MAX_WARNING_SECONDS: i64 = 7 * 24 * 3600;

/// A Hong Kong wall time or an RFC 3339 instant, on a date in the supported range (1900–2200).
fn hk_instant(field: &str, s: &str) -> Result<Instant, AppError> {
    let instant = match s.parse::<Instant>() {
        Ok(i) => i,
        Err(_) => {
            let local: LocalDateTime = s.parse().map_err(|e| AppError::time(field, e))?;
            ZonedWallTime::new(local, Zone::hong_kong())
                .resolve(Disambiguation::Reject)
                .map(|r| r.instant)
                .map_err(|e| AppError::time(field, e))?
        }
    };
    if !docket_domain::validation::is_supported(instant.date_in(Zone::hong_kong())) {
        return Err(AppError::malformed(field, Expected::SupportedDate));
    }
    Ok(instant)
}

fn weather_dto(id: &str, e: &WeatherEvent, note: &str) -> WeatherEventDto {
    WeatherEventDto {
        id: id.to_owned(),
        kind: e.kind.into(),
        starts_utc: e.start.to_rfc3339(),
        ends_utc: e.end.to_rfc3339(),
        starts_hk: e.start.local_in(Zone::hong_kong()).to_iso(),
        ends_hk: e.end.local_in(Zone::hong_kong()).to_iso(),
        note: note.to_owned(),
    }
}

impl From<Jurisdiction> for CalendarDto {
    fn from(j: Jurisdiction) -> Self {
        match j {
            Jurisdiction::HongKong => CalendarDto::HK,
            Jurisdiction::Mainland => CalendarDto::CN,
        }
    }
}

pub(crate) fn rule_dto(r: &RuleSet) -> RuleSetDto {
    RuleSetDto {
        code: r.kind.into(),
        version: r.version.to_owned(),
        effective_from: r.effective_from.to_string(),
        title: BilingualDto::from(&r.title),
        source: r.source.to_owned(),
        verification: r.verification.into(),
    }
}

fn weekday(l: Locale, d: CivilDate) -> &'static str {
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const ZH: [&str; 7] = [
        "星期一",
        "星期二",
        "星期三",
        "星期四",
        "星期五",
        "星期六",
        "星期日",
    ];
    let i = usize::try_from(d.iso_weekday().saturating_sub(1))
        .unwrap_or(0)
        .min(6);
    match l {
        Locale::En => EN[i],
        Locale::ZhHans | Locale::ZhHant => ZH[i],
    }
}

/// A holiday's or a closure's name in the clerk's language (Simplified script in the Simplified UI).
fn name(l: Locale, b: &docket_domain::text::Bilingual) -> String {
    let shown = b.display(l.prefers_chinese());
    match l {
        Locale::ZhHans => docket_domain::text::simplified(shown),
        _ => shown.to_owned(),
    }
}

/// "a Hong Kong general holiday: the day following Easter Monday", in the clerk's language.
fn reason_text(l: Locale, r: &OffReason) -> String {
    match r {
        OffReason::Sunday => l
            .pick(
                "a Sunday (a Hong Kong general holiday)",
                "星期日（香港公众假期）",
                "星期日（香港公眾假期）",
            )
            .to_owned(),
        OffReason::Saturday => l
            .pick(
                "a Saturday, when the office is closed",
                "星期六，办事处不办公",
                "星期六，辦事處不辦公",
            )
            .to_owned(),
        OffReason::Weekend => l
            .pick(
                "a Mainland rest day (weekend)",
                "内地休息日（周末）",
                "內地休息日（週末）",
            )
            .to_owned(),
        OffReason::Holiday {
            jurisdiction: Jurisdiction::HongKong,
            name: n,
            estimated,
        } => match (l, estimated) {
            (Locale::En, false) => format!("a Hong Kong general holiday: {}", name(l, n)),
            (Locale::En, true) => format!(
                "a Hong Kong general holiday by the Cap 149 rules (estimated): {}",
                name(l, n)
            ),
            (Locale::ZhHans, false) => format!("香港公众假期：{}", name(l, n)),
            (Locale::ZhHans, true) => format!("按第149章规则推算的香港公众假期：{}", name(l, n)),
            (Locale::ZhHant, false) => format!("香港公眾假期：{}", name(l, n)),
            (Locale::ZhHant, true) => format!("按第149章規則推算的香港公眾假期：{}", name(l, n)),
        },
        OffReason::Holiday {
            jurisdiction: Jurisdiction::Mainland,
            name: n,
            estimated,
        } => match (l, estimated) {
            (Locale::En, false) => format!("a Mainland statutory day off: {}", name(l, n)),
            (Locale::En, true) => format!(
                "a Mainland festival day fixed by law (estimated): {}",
                name(l, n)
            ),
            (Locale::ZhHans, false) => format!("内地法定休假日：{}", name(l, n)),
            (Locale::ZhHans, true) => format!("内地法定节日（估算）：{}", name(l, n)),
            (Locale::ZhHant, false) => format!("內地法定休假日：{}", name(l, n)),
            (Locale::ZhHant, true) => format!("內地法定節日（估算）：{}", name(l, n)),
        },
        OffReason::Weather { kind } => match kind {
            WeatherKind::Signal8 => l
                .pick(
                    "a gale warning day (Tropical Cyclone Signal No. 8 or above)",
                    "烈风警告日（八号或以上热带气旋警告信号）",
                    "烈風警告日（八號或以上熱帶氣旋警告信號）",
                )
                .to_owned(),
            WeatherKind::BlackRain => l
                .pick(
                    "a black rainstorm warning day",
                    "黑色暴雨警告日",
                    "黑色暴雨警告日",
                )
                .to_owned(),
            WeatherKind::ExtremeConditions => l
                .pick("a day of extreme conditions", "极端情况日", "極端情況日")
                .to_owned(),
        },
        OffReason::Closure { name: n } => match l {
            Locale::En => format!("a closure day of the office: {}", name(l, n)),
            Locale::ZhHans => format!("办事处休息日：{}", name(l, n)),
            Locale::ZhHant => format!("辦事處休息日：{}", name(l, n)),
        },
    }
}

/// Why a day is or is not a working day.
fn status_text(l: Locale, d: CivilDate, status: &DayStatus) -> String {
    match status {
        DayStatus::Working { make_up: Some(h) } => make_up_text(l, d, h),
        DayStatus::Working { make_up: None } => match l {
            Locale::En => format!("{d} ({}) is a working day.", weekday(l, d)),
            Locale::ZhHans | Locale::ZhHant => format!("{d}（{}）是工作日。", weekday(l, d)),
        },
        DayStatus::Off(reason) => match l {
            Locale::En => format!("{d} is {}.", reason_text(l, reason)),
            Locale::ZhHans | Locale::ZhHant => format!("{d} 是{}。", reason_text(l, reason)),
        },
    }
}

fn make_up_text(l: Locale, d: CivilDate, holiday: &docket_domain::text::Bilingual) -> String {
    match l {
        Locale::En => format!(
            "{d} is a {} but a Mainland make-up working day ({}), so it is a working day.",
            weekday(l, d),
            name(l, holiday)
        ),
        Locale::ZhHans => format!(
            "{d} 虽是{}，但为内地调休上班日（{}），属工作日。",
            weekday(l, d),
            name(l, holiday)
        ),
        Locale::ZhHant => format!(
            "{d} 雖是{}，但為內地調休上班日（{}），屬工作日。",
            weekday(l, d),
            name(l, holiday)
        ),
    }
}

fn period_text(l: Locale, p: Period) -> String {
    match (p, l) {
        (Period::Days(n), Locale::En) => format!("{n} day{}", if n == 1 { "" } else { "s" }),
        (Period::Days(n), _) => format!("{n} 日"),
        (Period::Months(n), Locale::En) => format!("{n} month{}", if n == 1 { "" } else { "s" }),
        (Period::Months(n), Locale::ZhHans) => format!("{n} 个月"),
        (Period::Months(n), Locale::ZhHant) => format!("{n} 個月"),
    }
}

pub(crate) fn step_dto(l: Locale, s: &Step) -> StepDto {
    let (kind, date, text) = match s {
        Step::Trigger { date } => (
            StepKindDto::Trigger,
            *date,
            match l {
                Locale::En => format!(
                    "Trigger: {date} ({}); this day is not counted.",
                    weekday(l, *date)
                ),
                Locale::ZhHans => format!("起算日：{date}（{}），当日不计入。", weekday(l, *date)),
                Locale::ZhHant => format!("起算日：{date}（{}），當日不計入。", weekday(l, *date)),
            },
        ),
        Step::Counted {
            first,
            period,
            raw_end,
        } => (
            StepKindDto::Counted,
            *raw_end,
            match l {
                Locale::En => format!(
                    "Counting {} from {first} ends on {raw_end} ({}).",
                    period_text(l, *period),
                    weekday(l, *raw_end)
                ),
                Locale::ZhHans => format!(
                    "自 {first} 起计算 {}，期间届满日为 {raw_end}（{}）。",
                    period_text(l, *period),
                    weekday(l, *raw_end)
                ),
                Locale::ZhHant => format!(
                    "自 {first} 起計算 {}，期間屆滿日為 {raw_end}（{}）。",
                    period_text(l, *period),
                    weekday(l, *raw_end)
                ),
            },
        ),
        Step::MonthEnd { wanted_day, date } => (
            StepKindDto::MonthEnd,
            *date,
            match l {
                Locale::En => format!(
                    "That month has no day {wanted_day}, so the period ends on its last day, {date}."
                ),
                Locale::ZhHans => {
                    format!("该月没有 {wanted_day} 日，期间以该月最后一日 {date} 为届满日。")
                }
                Locale::ZhHant => {
                    format!("該月沒有 {wanted_day} 日，期間以該月最後一日 {date} 為屆滿日。")
                }
            },
        ),
        Step::Skipped { date, reason } => (
            StepKindDto::Skipped,
            *date,
            match l {
                Locale::En => format!(
                    "{date} is not counted (a period of 6 days or less): it is {}.",
                    reason_text(l, reason)
                ),
                Locale::ZhHans => format!(
                    "{date} 不计入（六日或以下的期间）：{}。",
                    reason_text(l, reason)
                ),
                Locale::ZhHant => format!(
                    "{date} 不計入（六日或以下的期間）：{}。",
                    reason_text(l, reason)
                ),
            },
        ),
        Step::MakeUpWorkday { date, holiday } => (
            StepKindDto::MakeUpWorkday,
            *date,
            make_up_text(l, *date, holiday),
        ),
        Step::Rolled { date, reason } => (
            StepKindDto::Rolled,
            *date,
            match l {
                Locale::En => format!(
                    "{date} is {}: the deadline moves to the next day.",
                    reason_text(l, reason)
                ),
                Locale::ZhHans => {
                    format!("{date} 是{}，期限顺延至下一日。", reason_text(l, reason))
                }
                Locale::ZhHant => {
                    format!("{date} 是{}，期限順延至下一日。", reason_text(l, reason))
                }
            },
        ),
        Step::Due { date } => (
            StepKindDto::Due,
            *date,
            match l {
                Locale::En => format!("Due: {date} ({}).", weekday(l, *date)),
                Locale::ZhHans => format!("期限届满日：{date}（{}）。", weekday(l, *date)),
                Locale::ZhHant => format!("期限屆滿日：{date}（{}）。", weekday(l, *date)),
            },
        ),
    };
    StepDto {
        kind,
        date: date.to_string(),
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FixedClock, SequentialIds};
    use std::sync::Arc;

    fn app() -> App {
        let now = "2026-11-24T02:00:00Z".parse().unwrap();
        App::in_memory(
            Arc::new(FixedClock(now)),
            Arc::new(SequentialIds::default()),
        )
        .unwrap()
    }

    fn input(rule: &str, trigger: &str, days: i64) -> DeadlineInputDto {
        DeadlineInputDto {
            rule: rule.into(),
            trigger: trigger.into(),
            days: Some(days),
            months: None,
            receipt: None,
        }
    }

    #[test]
    fn the_hkiac_answer_example_is_explained_in_words() {
        let d = app()
            .compute_deadline(&input("hkiac", "2026-03-08", 30))
            .unwrap();
        assert_eq!(d.due, "2026-04-08");
        let texts: Vec<&str> = d.steps.iter().map(|s| s.text.as_str()).collect();
        assert!(
            texts.contains(&"2026-04-07 is a Hong Kong general holiday: The day following Easter Monday: the deadline moves to the next day."),
            "{texts:#?}"
        );
        assert_eq!(texts.last(), Some(&"Due: 2026-04-08 (Wednesday)."));
        assert_eq!(d.rule.version, "hkiac-2024");
    }

    #[test]
    fn explanations_follow_the_language() {
        let mut app = app();
        app.set_language("zh-Hans").unwrap();
        let d = app
            .compute_deadline(&input("prc-civil-procedure", "2026-09-25", 15))
            .unwrap();
        assert_eq!(d.due, "2026-10-10");
        assert!(
            d.steps
                .iter()
                .any(|s| s.text.contains("内地调休上班日（国庆节）")),
            "{:#?}",
            d.steps
        );
    }

    #[test]
    fn hong_kong_holiday_names_are_simplified_in_the_simplified_interface() {
        let mut app = app();
        app.set_language("zh-Hans").unwrap();
        let d = app
            .compute_deadline(&input("hkiac", "2026-03-08", 30))
            .unwrap();
        let all: String = d.steps.iter().map(|s| s.text.as_str()).collect();
        assert!(all.contains("复活节星期一"), "{all}");
        assert!(!all.contains("復活節"), "{all}");
        app.set_language("zh-Hant").unwrap();
        let d = app
            .compute_deadline(&input("hkiac", "2026-03-08", 30))
            .unwrap();
        let all: String = d.steps.iter().map(|s| s.text.as_str()).collect();
        assert!(all.contains("復活節星期一"), "{all}");
    }

    #[test]
    fn bad_input_names_every_field() {
        let app = app();
        let err = app
            .compute_deadline(&DeadlineInputDto {
                rule: "hk-magic".into(),
                trigger: "2026-02-30".into(),
                days: Some(-3),
                months: None,
                receipt: Some("SG".into()),
            })
            .unwrap_err();
        let AppError::Validation { fields } = err else {
            panic!("expected validation, got {err:?}");
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["rule", "trigger", "period", "receipt"]);
    }

    #[test]
    fn a_year_beyond_the_estimate_is_refused_by_name() {
        let app = app();
        let err = app
            .compute_deadline(&input("prc-civil-procedure", "2035-12-25", 15))
            .unwrap_err();
        assert_eq!(
            err,
            AppError::NoHolidayData {
                calendar: CalendarDto::CN,
                year: 2036
            }
        );
        assert_eq!(
            crate::i18n::describe(Locale::En, &err),
            "No holiday data for 2036 in the Mainland calendar. Add that year's days off and make-up working days, or import the official notice."
        );
        assert!(app.list_holidays("HK", 2036).is_err());
    }

    #[test]
    fn the_calculators_default_into_2027_is_an_estimate_in_words() {
        let mut app = app();
        // HKIAC, 3 Dec 2026, 30 days: 2 Jan 2027 is a Saturday, 3 Jan a Sunday.
        let d = app
            .compute_deadline(&input("hkiac", "2026-12-03", 30))
            .unwrap();
        assert_eq!((d.due.as_str(), d.due_weekday), ("2027-01-04", 1));
        assert!(d.estimated);
        let e = d.estimate.unwrap();
        assert_eq!(
            e.years,
            [EstimatedYearDto {
                calendar: CalendarDto::HK,
                year: 2027
            }]
        );
        assert!(
            e.note
                .contains("the Hong Kong 2027 general holidays have not been gazetted"),
            "{}",
            e.note
        );
        app.set_language("zh-Hant").unwrap();
        let d = app
            .compute_deadline(&input("prc-civil-procedure", "2026-12-25", 40))
            .unwrap();
        // 3 Feb 2027 is a Wednesday: no festival, still an estimate.
        assert_eq!(d.due, "2027-02-03");
        let note = d.estimate.unwrap().note;
        assert!(note.contains("國務院2027年放假通知"), "{note}");
        app.set_language("zh-Hans").unwrap();
        let d = app
            .compute_deadline(&input("prc-civil-procedure", "2027-01-20", 16))
            .unwrap();
        assert_eq!(d.due, "2027-02-09");
        assert!(
            d.steps
                .iter()
                .any(|s| s.text.contains("内地法定节日（估算）：春节")),
            "{:#?}",
            d.steps
        );
    }

    #[test]
    fn an_estimated_year_lists_its_days_and_says_it_is_an_estimate() {
        let app = app();
        let y = app.list_holidays("HK", 2027).unwrap();
        assert!(y.estimated);
        assert_eq!(y.entries.len(), 17);
        assert!(
            y.estimate_note
                .unwrap()
                .contains("Import the 1823 list for 2027")
        );
        let m = app.calendar_month("CN", 2027, 2).unwrap();
        assert!(m.estimate_note.is_some());
        assert!(!m.days[4].working, "5 Feb 2027 is 除夕");
        let w = app.is_working_day("HK", "2027-12-27").unwrap();
        assert!(!w.working && w.estimated);
        assert!(w.explanation.contains("(estimated)"), "{}", w.explanation);
    }

    #[test]
    fn a_recorded_black_rainstorm_moves_a_hong_kong_deadline() {
        let mut app = app();
        let before = app
            .compute_deadline(&input("hk-ordinance", "2026-02-24", 14))
            .unwrap();
        assert_eq!(before.due, "2026-03-10");
        app.add_weather(&WeatherInputDto {
            kind: "black_rain".into(),
            start: "2026-03-10T10:15".into(),
            end: "2026-03-10T12:40".into(),
            note: None,
            confirm: false,
        })
        .unwrap();
        let after = app
            .compute_deadline(&input("hk-ordinance", "2026-02-24", 14))
            .unwrap();
        assert_eq!(after.due, "2026-03-11");
        assert!(
            after
                .steps
                .iter()
                .any(|s| s.text.contains("black rainstorm warning day"))
        );
    }

    #[test]
    fn working_days_say_why() {
        let app = app();
        let d = app.is_working_day("CN", "2026-10-10").unwrap();
        assert!(d.working);
        assert!(
            d.explanation.contains("make-up working day"),
            "{}",
            d.explanation
        );
        let d = app.is_working_day("HK", "2026-10-19").unwrap();
        assert!(!d.working);
        assert!(d.explanation.contains("Chung Yeung"), "{}", d.explanation);
    }
}
