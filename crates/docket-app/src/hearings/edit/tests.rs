//! Correcting a hearing (checked again, preview then save) and removing it with undo.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::App;
use crate::dto::{
    HearingEditDto, HearingFindingCodeDto, HearingInputDto, IcsExportDto, RemovedKindDto,
};
use crate::error::{AppError, ConflictReason};
use crate::testing::{case_with_hearings, demo};

fn book(app: &mut App, venue: &str, start: &str) -> String {
    app.schedule_hearing(&HearingInputDto {
        case_reference: case_with_hearings(app),
        kind: "procedural_conference".into(),
        venue_code: venue.into(),
        start: start.into(),
        minutes: 60,
        save: true,
        ..HearingInputDto::default()
    })
    .unwrap()
    .saved[0]
        .clone()
}

fn listed(app: &App, id: &str) -> Option<crate::dto::HearingDto> {
    app.list_hearings()
        .unwrap()
        .into_iter()
        .find(|h| h.id == id)
}

#[test]
fn moving_into_a_booked_room_finds_the_double_booking_and_saves_nothing() {
    let mut app = demo();
    book(&mut app, "HK-ES-A", "2026-12-08T10:00");
    let second = book(&mut app, "HK-ES-B", "2026-12-08T10:30");
    let mut edit = HearingEditDto {
        id: second.clone(),
        venue_code: Some("HK-ES-A".into()),
        ..HearingEditDto::default()
    };
    let preview = app.update_hearing(&edit).unwrap();
    assert!(
        preview
            .findings
            .iter()
            .any(|f| f.code == HearingFindingCodeDto::RoomDoubleBooked)
    );
    assert!(preview.saved.is_empty());
    edit.save = true;
    assert_eq!(
        app.update_hearing(&edit).unwrap_err(),
        AppError::Conflict {
            reason: ConflictReason::HearingBlocked { blocking: 1 }
        }
    );
    assert_eq!(listed(&app, &second).unwrap().venue.code, "HK-ES-B");
}

#[test]
fn a_room_kind_and_length_change_is_saved_and_audited() {
    let mut app = demo();
    app.set_clerk_name("Chan Mei").unwrap();
    let id = book(&mut app, "HK-ES-B", "2026-12-08T10:30");
    let before = listed(&app, &id).unwrap();
    let saved = app
        .update_hearing(&HearingEditDto {
            id: id.clone(),
            venue_code: Some("HK-ES-A".into()),
            kind: Some("evidentiary_hearing".into()),
            minutes: Some(90),
            save: true,
            ..HearingEditDto::default()
        })
        .unwrap();
    assert_eq!(saved.saved, std::slice::from_ref(&id));
    let after = listed(&app, &id).unwrap();
    assert_eq!(after.venue.code, "HK-ES-A");
    assert_eq!(after.duration_minutes, 90);
    assert_eq!(after.starts_utc, before.starts_utc);
    assert_eq!(after.sequence, before.sequence + 1);
    let detail = app.case_detail(&after.case_reference).unwrap();
    let entry = detail.audit.last().unwrap();
    assert_eq!(entry.action, "hearing_edited");
    assert_eq!(entry.clerk.as_deref(), Some("Chan Mei"));
    assert_eq!(
        entry.old_value.as_deref(),
        Some("room: HK-ES-B\nkind: procedural_conference\nminutes: 60")
    );
    assert_eq!(
        entry.new_value.as_deref(),
        Some("room: HK-ES-A\nkind: evidentiary_hearing\nminutes: 90")
    );
    assert_eq!(
        entry.sentence,
        "Chan Mei changed a hearing: room from “Hearing Room B, Exchange Square, Central” to \
         “Hearing Room A, Exchange Square, Central”, kind from “Procedural conference” to \
         “Evidentiary hearing”, length from 60 to 90 minutes"
    );
}

#[test]
fn a_retired_or_unknown_room_is_refused() {
    let mut app = demo();
    let id = book(&mut app, "HK-ES-B", "2026-12-08T10:30");
    let err = app
        .update_hearing(&HearingEditDto {
            id,
            venue_code: Some("NO-SUCH-ROOM".into()),
            ..HearingEditDto::default()
        })
        .unwrap_err();
    assert!(matches!(err, AppError::Validation { .. }), "{err:?}");
}

#[test]
fn a_removed_hearing_frees_its_room_and_comes_back_whole() {
    let mut app = demo();
    app.set_clerk_name("Chan Mei").unwrap();
    let first = book(&mut app, "HK-ES-A", "2026-12-08T10:00");
    let shown = listed(&app, &first).unwrap();
    let export = |app: &App| {
        app.export_ics(&IcsExportDto {
            scope: "all".into(),
            ..IcsExportDto::default()
        })
        .unwrap()
        .hearings
    };
    let exported = export(&app);
    let count = app.list_hearings().unwrap().len();

    app.remove_hearing(&first).unwrap();
    assert!(listed(&app, &first).is_none());
    assert_eq!(app.list_hearings().unwrap().len(), count - 1);
    assert_eq!(export(&app), exported - 1);
    // The room is free again: another booking there finds nothing.
    let probe = app
        .schedule_hearing(&HearingInputDto {
            case_reference: case_with_hearings(&app),
            kind: "procedural_conference".into(),
            venue_code: "HK-ES-A".into(),
            start: "2026-12-08T10:30".into(),
            minutes: 60,
            ..HearingInputDto::default()
        })
        .unwrap();
    assert!(
        probe
            .findings
            .iter()
            .all(|f| f.code != HearingFindingCodeDto::RoomDoubleBooked)
    );
    let removed = app.recently_removed().unwrap();
    assert_eq!(removed[0].kind, RemovedKindDto::Hearing);
    assert_eq!(removed[0].key, first);
    assert!(
        removed[0]
            .label
            .starts_with("Procedural conference, 8 Dec 2026 10:00")
    );
    assert!(matches!(
        app.remove_hearing(&first),
        Err(AppError::NotFound { .. })
    ));

    app.restore_hearing(&first).unwrap();
    let back = listed(&app, &first).unwrap();
    assert_eq!(back.starts_utc, shown.starts_utc);
    assert_eq!(back.venue.code, shown.venue.code);
    assert_eq!(export(&app), exported);
    assert!(app.recently_removed().unwrap().is_empty());
    let audit = app.case_detail(&shown.case_reference).unwrap().audit;
    let last: Vec<_> = audit
        .iter()
        .rev()
        .take(2)
        .map(|a| a.sentence.as_str())
        .collect();
    assert_eq!(
        last,
        [
            "Chan Mei restored a procedural conference for 8 Dec 2026 10:00 Hong Kong time",
            "Chan Mei removed a procedural conference for 8 Dec 2026 10:00 Hong Kong time",
        ]
    );
    assert!(matches!(
        app.restore_hearing(&first),
        Err(AppError::NotFound { .. })
    ));
}

#[test]
fn participants_are_corrected_checked_again_and_audited_by_name() {
    let mut app = demo();
    app.set_clerk_name("Chan Mei").unwrap();
    let id = book(&mut app, "HK-ES-B", "2026-12-08T10:30");
    let ana = crate::dto::ParticipantInputDto {
        kind: "other".into(),
        name: Some("Ana Lima".into()),
        zone: Some("America/Sao_Paulo".into()),
        ..crate::dto::ParticipantInputDto::default()
    };
    let mut edit = HearingEditDto {
        id: id.clone(),
        participants: Some(vec![ana]),
        ..HearingEditDto::default()
    };
    // The preview shows the new participant's own hour; nothing is saved yet.
    let preview = app.update_hearing(&edit).unwrap();
    assert!(preview.saved.is_empty());
    assert_eq!(preview.participants.len(), 1);
    assert_eq!(preview.participants[0].zone, "America/Sao_Paulo");
    assert!(listed(&app, &id).unwrap().participants.is_empty());
    edit.save = true;
    app.update_hearing(&edit).unwrap();
    let after = listed(&app, &id).unwrap();
    assert_eq!(after.participants.len(), 1);
    let entry = app
        .case_detail(&after.case_reference)
        .unwrap()
        .audit
        .last()
        .unwrap()
        .clone();
    assert_eq!(entry.new_value.as_deref(), Some("participants: Ana Lima"));
    assert_eq!(
        entry.sentence,
        "Chan Mei changed a hearing: participants from none to “Ana Lima”"
    );
}

#[test]
fn a_hearing_dropped_on_another_room_and_hour_is_checked_there_and_saved_in_one_move() {
    let mut app = demo();
    // The old room is taken at the new hour; the new room is free: only the new room counts.
    book(&mut app, "HK-ES-A", "2026-12-08T14:00");
    let id = book(&mut app, "HK-ES-A", "2026-12-08T10:00");
    let mut drop = crate::dto::MoveHearingDto {
        id: id.clone(),
        start: "2026-12-08T14:00".into(),
        venue_code: Some("HK-ES-B".into()),
        ..crate::dto::MoveHearingDto::default()
    };
    let preview = app.move_hearing(&drop).unwrap();
    assert_eq!(preview.blocking, 0, "{:?}", preview.findings);
    assert_eq!(listed(&app, &id).unwrap().venue.code, "HK-ES-A");
    drop.save = true;
    app.move_hearing(&drop).unwrap();
    let after = listed(&app, &id).unwrap();
    assert_eq!(
        (after.venue.code.as_str(), after.starts_local.as_str()),
        ("HK-ES-B", "2026-12-08T14:00")
    );
    // Back into the taken room at that hour: refused, nothing moves.
    drop.venue_code = Some("HK-ES-A".into());
    assert!(app.move_hearing(&drop).is_err());
    assert_eq!(listed(&app, &id).unwrap().venue.code, "HK-ES-B");
}
