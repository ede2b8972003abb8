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

#[cfg(test)]
mod tests;

mod cases;
mod words;
pub(crate) use words::{status_text, step_dto};
