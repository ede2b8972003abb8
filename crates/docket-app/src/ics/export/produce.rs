//! Producing the calendar: the planned selection read row by row from the store and written as it is
//! read — one-off hearings as events, weekly series as one event with RRULE, EXDATE and overrides.

use super::*;

impl App {
    /// Reads the selected hearings (and deadlines) and writes the calendar in chunks to `emit`.
    pub(super) fn produce_ics(
        &self,
        plan: &Plan,
        emit: impl FnMut(String) -> Result<(), AppError>,
    ) -> Result<Written, AppError> {
        use docket_store::repo;
        let sel = &plan.selection;
        let (spans, people, venues, neutrals) =
            self.store
                .read(|c| -> Result<_, docket_store::StoreError> {
                    Ok((
                        repo::hearings::export::zone_spans(c, sel)?,
                        repo::hearings::export::people(c, || self.store.reader(), sel)?,
                        repo::venues::list(c)?,
                        repo::neutrals::list(c)?,
                    ))
                })?;
        let lang = plan.lang;
        // A stored address that is not one plain address (older data, or typed before addresses
        // were checked) is not written: the attendee gets the `urn:` form and no e-mail.
        let emails: HashMap<String, Option<String>> = neutrals
            .into_iter()
            .map(|n| {
                let email = n
                    .email
                    .as_deref()
                    .and_then(docket_ics::address::parse)
                    .map(str::to_owned);
                (format!("neutral:{}", n.id), email)
            })
            .collect();
        let shown = people
            .list()
            .iter()
            .map(|p| {
                let name = pick(lang, &p.name.en, &p.name.zh);
                Shown {
                    line: format!("{name} ({})", p.zone.name()),
                    attendee: Attendee {
                        name,
                        email: emails.get(&p.key).cloned().flatten(),
                        key: p.key.clone(),
                    },
                }
            })
            .collect();
        let cx = Context {
            lang,
            people,
            shown,
            venues: venues
                .iter()
                .map(|v| (v.id, pick(lang, &v.name.en, &v.name.zh)))
                .collect(),
            kinds: HearingKind::ALL
                .into_iter()
                .map(|k| (k, kind_label(lang, k)))
                .collect(),
        };
        let cal = Calendar {
            name: plan.name.clone(),
            method: plan.method,
            organizer: Some(("Bay Docket".to_owned(), plan.organizer.clone())),
            dtstamp: self.clock.now(),
            events: Vec::new(),
        };
        let spans: Vec<ZoneSpan> = spans
            .into_iter()
            .map(|(zone, first, last)| ZoneSpan { zone, first, last })
            .collect();
        let mut stream = cal.stream(&spans, emit)?;
        let mut event = empty_event();
        let mut series: BTreeMap<String, Vec<Kept>> = BTreeMap::new();
        let mut met = vec![false; cx.shown.len()];
        let mut recipients = Vec::new();
        let cancel = plan.method == Method::Cancel;
        let hearings = self.store.read(|c| {
            repo::hearings::export::each_sitting(c, sel, |s| -> Result<(), AppError> {
                if plan.is_invitation() {
                    for p in cx.people.of(s.id) {
                        if let Some(seen) = met.get_mut(*p as usize)
                            && !*seen
                        {
                            *seen = true;
                            if let Some(m) = cx
                                .shown
                                .get(*p as usize)
                                .and_then(|s| s.attendee.email.clone())
                            {
                                recipients.push(m);
                            }
                        }
                    }
                }
                match s.series_id {
                    Some(id) => {
                        series.entry(id.to_owned()).or_default().push(Kept::of(s));
                        Ok(())
                    }
                    None => {
                        cx.fill(&mut event, s)?;
                        if cancel {
                            event.status = Some("CANCELLED");
                            event.sequence += 1;
                        }
                        stream.event(&event)
                    }
                }
            })
        })?;
        let series_count = u32::try_from(series.len()).unwrap_or(u32::MAX);
        for (id, mut list) in series {
            list.sort_by_key(|k| k.utc);
            for e in series_events(&cx, &id, &list, plan.method)? {
                stream.event(&e)?;
            }
        }
        let mut deadlines = 0u32;
        if plan.deadlines {
            for d in self.list_case_deadlines()? {
                if plan.scope == "case" && d.case_reference != plan.key {
                    continue;
                }
                let due: CivilDate = d.due.parse().map_err(|_| bad("due", Expected::Date))?;
                if sel.from.is_some_and(|f| due < f) || sel.to.is_some_and(|t| due > t) {
                    continue;
                }
                let next = due.add_days(1).map_err(|e| AppError::time("due", e))?;
                let name = pick(lang, &d.name.en, &d.name.zh);
                stream.event(&Event {
                    uid: format!("deadline-{}@bay-docket", d.id),
                    start: When::Date(due),
                    end: When::Date(next),
                    summary: match lang {
                        Lang::One(Locale::En) => format!("Deadline: {name} · {}", d.case_reference),
                        Lang::Both => format!("Deadline / 期限: {name} · {}", d.case_reference),
                        _ => format!("期限：{name} · {}", d.case_reference),
                    },
                    // The explanation, then (for a year without official holiday data) what
                    // could still change the date, or why it is only provisional.
                    description: d
                        .steps
                        .iter()
                        .map(|s| s.text.as_str())
                        .chain(d.estimate.as_ref().map(|e| e.note.as_str()))
                        .chain(d.provisional.as_deref())
                        .collect::<Vec<_>>()
                        .join("\n"),
                    categories: vec![d.case_reference.clone()],
                    ..empty_event()
                })?;
                deadlines += 1;
            }
        }
        stream.finish()?;
        Ok(Written {
            hearings,
            series: series_count,
            deadlines,
            zones: spans.iter().map(|s| s.zone.name().to_owned()).collect(),
            problems: Vec::new(),
            recipients,
            bytes: 0,
        })
    }
}

/// A weekly series: one master with RRULE and EXDATEs, and an override per moved occurrence.
fn series_events(
    cx: &Context,
    id: &str,
    list: &[Kept],
    method: Method,
) -> Result<Vec<Event>, AppError> {
    let Some(first) = list.first() else {
        return Ok(Vec::new());
    };
    let first_local = first.start.local;
    let minute = first_local.minute_of_day();
    let first_date = first_local.date();
    let slot =
        |l: LocalDateTime| -> i64 { (first_date.days_until(l.date()) as f64 / 7.0).round() as i64 };
    let grid = |k: i64| -> Result<LocalDateTime, AppError> {
        first_date
            .add_days(7 * k)
            .and_then(|d| d.at(minute / 60, minute % 60))
            .map_err(|e| AppError::time("start", e))
    };
    let count = list.iter().map(|h| slot(h.start.local)).max().unwrap_or(0);
    let sequence =
        list.iter().map(|h| h.sequence).max().unwrap_or(0) + u32::from(method == Method::Cancel);
    let uid = format!("series-{id}@bay-docket");
    let mut master = cx.event(&first.sitting())?;
    master.uid = uid.clone();
    master.sequence = sequence;
    let zone = match master.start {
        When::Zoned(_, z) => z,
        When::Date(_) => Zone::hong_kong(),
    };
    let duration = i64::from(first.duration_minutes);
    master.start = When::Zoned(grid(0)?, zone);
    master.end = When::Zoned(
        grid(0)?
            .plus_minutes(duration)
            .map_err(|e| AppError::time("start", e))?,
        zone,
    );
    let until = ZonedWallTime::new(grid(count)?, zone)
        .resolve(docket_domain::time::Disambiguation::Compatible)
        .map_err(|e| AppError::time("start", e))?
        .instant
        // A day after the last occurrence (before the next would be): every client keeps the
        // last one, whichever offset it compares UNTIL in.
        .plus_seconds(24 * 3600);
    master.rrule = Some(format!(
        "FREQ=WEEKLY;UNTIL={}",
        docket_ics::write::utc(until)
    ));
    if method == Method::Cancel {
        master.status = Some("CANCELLED");
    }
    let mut overrides = Vec::new();
    for k in 0..=count {
        let on_grid = grid(k)?;
        match list.iter().find(|h| slot(h.start.local) == k) {
            None => master.exdates.push(on_grid),
            Some(h) if h.status == HearingStatus::Cancelled && method != Method::Cancel => {
                master.exdates.push(on_grid)
            }
            Some(h) => {
                if h.start.local != on_grid || h.duration_minutes != first.duration_minutes {
                    let mut e = cx.event(&h.sitting())?;
                    e.uid = uid.clone();
                    e.sequence = sequence;
                    e.recurrence_id = Some(on_grid);
                    if method == Method::Cancel {
                        e.status = Some("CANCELLED");
                    }
                    overrides.push(e);
                }
            }
        }
    }
    let mut out = vec![master];
    out.extend(overrides);
    Ok(out)
}
