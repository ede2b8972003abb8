//! A stored value the repositories cannot read names its table, column and value; the one-step row
//! readers keep order, parameters and the driver's own errors.

use super::*;

/// Runs `read` with one stored value changed behind the repositories' back (as an older version or
/// a hand edit might leave it; CHECK constraints are off for the change), then puts it back.
fn read_with<T>(
    store: &Store,
    change: &str,
    read: impl FnOnce(&Connection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    store
        .read(|c| -> Result<_, StoreError> {
            c.execute_batch(&format!(
                "SAVEPOINT changed; PRAGMA ignore_check_constraints = ON; {change};"
            ))?;
            let result = read(c);
            c.execute_batch(
                "PRAGMA ignore_check_constraints = OFF; ROLLBACK TO changed; RELEASE changed;",
            )?;
            Ok(result)
        })
        .unwrap()
}

/// The table, column and value a `StoreError::Corrupt` names.
fn bad_value<T: std::fmt::Debug>(
    result: Result<T, StoreError>,
) -> (&'static str, &'static str, String) {
    match result {
        Err(StoreError::Corrupt {
            table,
            column,
            value,
        }) => (table, column, value),
        other => panic!("expected a bad stored value, got {other:?}"),
    }
}

#[test]
fn a_bad_stored_value_names_its_table_and_column() {
    use docket_domain::deadline::{Period, RuleKind};
    use docket_domain::schedule::{Hours, Participant, ParticipantKind};
    use docket_domain::workflow::{CaseDeadline, Stage};
    let mut store = Store::open_in_memory().unwrap();
    let (neutral, case, venue) = (sample_neutral(), sample_case(), sample_venue());
    let hearing = sample_hearing(1, &case, &venue);
    let participant = Participant {
        kind: ParticipantKind::Neutral,
        key: "neutral:1".into(),
        name: neutral.name.clone(),
        zone: neutral.home_zone,
        hours: Hours::ACCEPTABLE,
    };
    let party = sample_party(None);
    let deadline = CaseDeadline {
        id: "d1".into(),
        case_id: case.id,
        limit_code: "statement_of_defence".into(),
        name: Bilingual::new("Statement of Defence", "答辯書"),
        trigger_stage: Stage::ArbitrationFiled,
        trigger_date: "2026-03-08".parse().unwrap(),
        period: Period::Days(30),
        rule: RuleKind::Hkiac,
        receipt: None,
        due: "2026-04-07".parse().unwrap(),
        rule_version: "2024".into(),
        override_due: None,
    };
    store
        .write(|tx| -> Result<(), StoreError> {
            repo::neutrals::insert(tx, &neutral, now())?;
            repo::cases::insert(tx, &case, now())?;
            repo::venues::insert(tx, &venue)?;
            repo::hearings::insert_full(
                tx,
                &hearing,
                &repo::hearings::Details::default(),
                &[participant],
                now(),
            )?;
            insert_claimant(tx, &case, &party)?;
            repo::appointments::insert(tx, &sample_appointment(&case, &neutral, &party), now())?;
            repo::workflow::insert_deadline(tx, &deadline, now())?;
            Ok(())
        })
        .unwrap();
    let bad =
        |table: &'static str, column: &'static str, value: &str| (table, column, value.to_owned());

    let change = "UPDATE cases SET model = 'barter'";
    assert_eq!(
        bad_value(read_with(&store, change, repo::cases::list)),
        bad("cases", "model", "barter")
    );
    assert_eq!(
        bad_value(read_with(&store, change, repo::cases::labels)),
        bad("cases", "model", "barter")
    );
    let (cases, unreadable) = read_with(&store, change, repo::cases::list_lenient).unwrap();
    assert!(cases.is_empty());
    assert_eq!(unreadable.len(), 1);
    assert_eq!(unreadable[0].reference, case.reference);
    assert_eq!(
        bad_value::<()>(Err(unreadable.into_iter().next().unwrap().error)),
        bad("cases", "model", "barter")
    );
    assert_eq!(
        bad_value(read_with(
            &store,
            "UPDATE case_events SET event_date = 'someday'",
            |c| repo::cases::events(c, case.id)
        )),
        bad("case_events", "event_date", "someday")
    );

    let change = "UPDATE hearings SET status = 'maybe'";
    assert_eq!(
        bad_value(read_with(&store, change, repo::hearings::list)),
        bad("hearings", "status", "maybe")
    );
    let (hearings, unreadable) = read_with(&store, change, repo::hearings::list_lenient).unwrap();
    assert!(hearings.is_empty());
    assert_eq!(unreadable.len(), 1);
    assert_eq!(unreadable[0].0, hearing.id.to_string());
    assert_eq!(
        bad_value(read_with(
            &store,
            "UPDATE hearings SET ends_utc = 'teatime'",
            |c| repo::hearings::room_busy(c, venue.id, hearing.derived.utc, hearing.ends_utc())
        )),
        bad("hearings", "ends_utc", "teatime")
    );
    assert_eq!(
        bad_value(read_with(
            &store,
            "UPDATE hearing_participants SET kind = 'judge'",
            |c| repo::hearings::participants(c, None)
        )),
        bad("hearing_participants", "kind", "judge")
    );
    assert_eq!(
        bad_value(read_with(
            &store,
            "UPDATE hearing_participants SET local_start = 'noonish'",
            repo::hearings::local_starts
        )),
        bad("hearing_participants", "local_start", "noonish")
    );

    let change = "UPDATE neutrals SET date_of_birth = 'soon'";
    assert_eq!(
        bad_value(read_with(&store, change, repo::neutrals::list)),
        bad("neutrals", "date_of_birth", "soon")
    );
    assert_eq!(
        bad_value(read_with(&store, change, |c| repo::neutrals::get(
            c, neutral.id
        ))),
        bad("neutrals", "date_of_birth", "soon")
    );
    assert_eq!(
        bad_value(read_with(
            &store,
            "UPDATE neutral_panels SET until_date = 'later'",
            repo::neutrals::list
        )),
        bad("neutral_panels", "until_date", "later")
    );

    let change = "UPDATE parties SET kind = 'trust'";
    assert_eq!(
        bad_value(read_with(&store, change, |c| repo::parties::get_party(
            c, party.id
        ))),
        bad("parties", "kind", "trust")
    );
    assert_eq!(
        bad_value(read_with(&store, change, repo::parties::list_parties)),
        bad("parties", "kind", "trust")
    );
    let change = "UPDATE case_parties SET side = 'neither'";
    assert_eq!(
        bad_value(read_with(&store, change, |c| repo::parties::case_parties(
            c, case.id
        ))),
        bad("case_parties", "side", "neither")
    );
    assert_eq!(
        bad_value(read_with(&store, change, |c| {
            repo::parties::cases_of_party(c, party.id)
        })),
        bad("case_parties", "side", "neither")
    );

    let change = "UPDATE appointments SET confirmed_on = 'tbc'";
    assert_eq!(
        bad_value(read_with(&store, change, |c| repo::appointments::of_case(
            c, case.id
        ))),
        bad("appointments", "confirmed_on", "tbc")
    );
    assert_eq!(
        bad_value(read_with(&store, change, |c| repo::appointments::get(
            c,
            AppointmentId::for_testing(1)
        ))),
        bad("appointments", "confirmed_on", "tbc")
    );
    assert_eq!(
        bad_value(read_with(
            &store,
            "UPDATE conflict_rules SET severity = 'dire'",
            repo::appointments::rules
        )),
        bad("conflict_rules", "severity", "dire")
    );

    assert_eq!(
        bad_value(read_with(
            &store,
            "UPDATE time_limits SET verification = 'rumour'",
            repo::workflow::time_limits
        )),
        bad("time_limits", "verification", "rumour")
    );
    let change = "UPDATE case_deadlines SET due = 'whenever'";
    assert_eq!(
        bad_value(read_with(&store, change, |c| repo::workflow::deadlines(
            c, None
        ))),
        bad("case_deadlines", "due", "whenever")
    );
    let (deadlines, unreadable) = read_with(&store, change, |c| {
        repo::workflow::deadlines_lenient(c, Some(case.id))
    })
    .unwrap();
    assert!(deadlines.is_empty());
    assert_eq!(unreadable.len(), 1);
    assert_eq!(
        (unreadable[0].id.as_str(), unreadable[0].due.as_str()),
        ("d1", "whenever")
    );
    assert_eq!(unreadable[0].case_id, Some(case.id));
    assert_eq!(
        bad_value(read_with(
            &store,
            "UPDATE holiday_entries SET kind = 'picnic'",
            |c| repo::holidays::calendar(c, docket_domain::deadline::Jurisdiction::HongKong)
        )),
        bad("holiday_entries", "kind", "picnic")
    );

    // Every read is whole again once the values are put back.
    store
        .read(|c| -> Result<(), StoreError> {
            assert_eq!(repo::cases::list(c)?, vec![case.clone()]);
            assert_eq!(repo::hearings::list(c)?, vec![hearing.clone()]);
            assert_eq!(repo::neutrals::list(c)?, vec![neutral.clone()]);
            assert_eq!(repo::workflow::deadlines(c, None)?, vec![deadline.clone()]);
            Ok(())
        })
        .unwrap();
}

/// A plain connection with a small table `t (n, label)`: ('1', 'one'), ('2', NULL), ('3', 'three').
fn rows_fixture() -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(
        "CREATE TABLE t (n TEXT, label TEXT);
         INSERT INTO t VALUES ('1', 'one'), ('2', NULL), ('3', 'three');",
    )
    .unwrap();
    conn
}

#[test]
fn all_maps_every_row_in_order_with_its_parameters() {
    use repo::rows::{all, each, from_str, opt_text, parsed};
    let conn = rows_fixture();
    let mut stmt = conn
        .prepare("SELECT n, label FROM t WHERE n >= ?1 ORDER BY n")
        .unwrap();
    let read = all(&mut stmt, ["1"], |r| {
        Ok((parsed(r, 0, "t", "n", from_str::<u32>)?, opt_text(r, 1)?))
    })
    .unwrap();
    assert_eq!(
        read,
        [
            (1, Some("one".to_owned())),
            (2, None),
            (3, Some("three".to_owned()))
        ]
    );
    assert_eq!(
        all(&mut stmt, ["3"], |r| repo::rows::text(r, 0)).unwrap(),
        ["3"]
    );
    assert!(
        all(&mut stmt, ["4"], |r| repo::rows::text(r, 0))
            .unwrap()
            .is_empty()
    );
    let mut seen = Vec::new();
    each(&mut stmt, ["2"], |r| {
        seen.push(parsed(r, 0, "t", "n", from_str::<u32>)?);
        Ok(())
    })
    .unwrap();
    assert_eq!(seen, [2, 3]);
}

#[test]
fn a_value_that_does_not_parse_stops_the_read_and_names_its_column() {
    use repo::rows::{all, from_str, opt_parsed, parsed};
    let conn = rows_fixture();
    conn.execute("UPDATE t SET n = 'two' WHERE n = '2'", [])
        .unwrap();
    let mut stmt = conn
        .prepare("SELECT n, label FROM t ORDER BY rowid")
        .unwrap();
    let mut mapped = 0;
    let result = all(&mut stmt, [], |r| {
        mapped += 1;
        parsed(r, 0, "t", "n", from_str::<u32>)
    });
    assert_eq!(bad_value(result), ("t", "n", "two".to_owned()));
    assert_eq!(mapped, 2, "the rows after the bad one are not read");
    // A column that may be NULL: NULL is `None`, a bad value is still named.
    let labels = all(&mut stmt, [], |r| {
        opt_parsed(r, 1, "t", "label", |s| (s.len() > 2).then_some(s.len()))
    })
    .unwrap();
    assert_eq!(labels, [Some(3), None, Some(5)]);
    conn.execute("UPDATE t SET label = 'no' WHERE rowid = 1", [])
        .unwrap();
    let result = all(&mut stmt, [], |r| {
        opt_parsed(r, 1, "t", "label", |s| (s.len() > 2).then_some(s.len()))
    });
    assert_eq!(bad_value(result), ("t", "label", "no".to_owned()));
}

#[test]
fn a_null_text_column_is_the_drivers_error_as_row_get_reports_it() {
    use repo::rows::{all, text};
    let conn = rows_fixture();
    let expected = conn
        .query_row("SELECT label FROM t WHERE n = '2'", [], |r| {
            r.get::<_, String>(0)
        })
        .unwrap_err()
        .to_string();
    let mut stmt = conn.prepare("SELECT label FROM t WHERE n = '2'").unwrap();
    match all(&mut stmt, [], |r| text(r, 0)) {
        Err(StoreError::Sqlite(e)) => assert_eq!(e.to_string(), expected),
        other => panic!("expected the driver's error, got {other:?}"),
    }
}

#[test]
fn optional_reads_the_first_row_or_none() {
    use repo::rows::{optional, text};
    let conn = rows_fixture();
    let mut stmt = conn
        .prepare("SELECT n FROM t WHERE n >= ?1 ORDER BY n")
        .unwrap();
    assert_eq!(
        optional(&mut stmt, ["2"], |r| text(r, 0)).unwrap(),
        Some("2".to_owned())
    );
    assert_eq!(optional(&mut stmt, ["9"], |r| text(r, 0)).unwrap(), None);
    let result = optional(&mut stmt, ["1"], |r| {
        repo::rows::parsed(r, 0, "t", "n", |_| None::<u32>)
    });
    assert_eq!(bad_value(result), ("t", "n", "1".to_owned()));
}
