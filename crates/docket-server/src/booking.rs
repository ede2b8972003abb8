//! Booking a hearing on the centre server. The server's exclusion constraints decide: of two clerks
//! booking one room (or one neutral) at overlapping times in the same second, exactly one booking
//! commits and the other is refused with the hearing that won, by id and case reference.

use crate::ServerError;
use postgres::Client;
use postgres::error::SqlState;

/// A hearing as a laptop sends it: ids as text (UUIDs), the wall time and zone that are the truth,
/// and the derived start and end instants (RFC 3339) that the constraints compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewHearing {
    pub id: String,
    pub case_id: String,
    pub venue_id: String,
    /// Whether the venue is a room (an online hearing takes no room).
    pub in_room: bool,
    pub kind: String,
    pub starts_local: String,
    pub zone: String,
    pub starts_utc: String,
    pub ends_utc: String,
    pub tzdb_version: String,
    pub status: String,
    /// The neutrals sitting, by id.
    pub neutrals: Vec<String>,
}

/// Which constraint refused a booking.
enum Refusal {
    Room,
    Neutral,
}

/// Books `h` in one transaction (the hearing and its neutrals). A room or a neutral taken at an
/// overlapping time by a live hearing is refused, naming that hearing.
pub fn book_hearing(client: &mut Client, h: &NewHearing) -> Result<(), ServerError> {
    let attempt = (|| -> Result<(), postgres::Error> {
        let mut tx = client.transaction()?;
        let room: Option<&str> = h.in_room.then_some(h.venue_id.as_str());
        tx.execute(
            "INSERT INTO docket.hearings (id, case_id, venue_id, room_id, kind, starts_local, zone,
                                          during, tzdb_version, status)
             VALUES ($1::text::uuid, $2::text::uuid, $3::text::uuid, $4::text::uuid, $5, $6, $7,
                     tstzrange($8::text::timestamptz, $9::text::timestamptz, '[)'), $10, $11)",
            &[
                &h.id,
                &h.case_id,
                &h.venue_id,
                &room,
                &h.kind,
                &h.starts_local,
                &h.zone,
                &h.starts_utc,
                &h.ends_utc,
                &h.tzdb_version,
                &h.status,
            ],
        )?;
        for n in &h.neutrals {
            tx.execute(
                "INSERT INTO docket.hearing_neutrals (hearing_id, neutral_id, during, live)
                 VALUES ($1::text::uuid, $2::text::uuid, 'empty', false)",
                &[&h.id, n],
            )?;
        }
        tx.commit()
    })();
    let Err(e) = attempt else {
        return Ok(());
    };
    let refusal = match e.as_db_error() {
        Some(db) if db.code() == &SqlState::EXCLUSION_VIOLATION => match db.constraint() {
            Some("hearings_room_free") => Refusal::Room,
            Some("hearing_neutrals_free") => Refusal::Neutral,
            _ => return Err(e.into()),
        },
        _ => return Err(e.into()),
    };
    let (sql, key): (&str, &str) = match refusal {
        Refusal::Room => (
            "SELECT h.id::text, c.reference FROM docket.hearings h JOIN docket.cases c ON c.id = h.case_id
             WHERE h.live AND h.room_id = $1::text::uuid
               AND h.during && tstzrange($2::text::timestamptz, $3::text::timestamptz, '[)')
             ORDER BY lower(h.during) LIMIT 1",
            h.venue_id.as_str(),
        ),
        Refusal::Neutral => (
            "SELECT h.id::text, c.reference FROM docket.hearing_neutrals n
               JOIN docket.hearings h ON h.id = n.hearing_id JOIN docket.cases c ON c.id = h.case_id
             WHERE n.live AND n.neutral_id = ANY($1::text::uuid[])
               AND n.during && tstzrange($2::text::timestamptz, $3::text::timestamptz, '[)')
             ORDER BY lower(n.during) LIMIT 1",
            "",
        ),
    };
    let winner = match refusal {
        Refusal::Room => client.query_opt(sql, &[&key, &h.starts_utc, &h.ends_utc])?,
        Refusal::Neutral => {
            let ids = format!("{{{}}}", h.neutrals.join(","));
            client.query_opt(sql, &[&ids, &h.starts_utc, &h.ends_utc])?
        }
    };
    let (hearing, case_reference) = winner
        .map(|r| (r.get::<_, String>(0), r.get::<_, String>(1)))
        .unwrap_or_default();
    Err(match refusal {
        Refusal::Room => ServerError::RoomTaken {
            hearing,
            case_reference,
        },
        Refusal::Neutral => ServerError::NeutralBusy {
            hearing,
            case_reference,
        },
    })
}

/// How many pairs of live hearings overlap in one room, or share a neutral at overlapping times:
/// zero whenever the constraints hold.
pub fn live_overlaps(client: &mut Client) -> Result<i64, ServerError> {
    let rooms: i64 = client
        .query_one(
            "SELECT count(*) FROM docket.hearings a JOIN docket.hearings b
               ON a.room_id = b.room_id AND a.id < b.id AND a.during && b.during
             WHERE a.live AND b.live",
            &[],
        )?
        .get(0);
    let neutrals: i64 = client
        .query_one(
            "SELECT count(*) FROM docket.hearing_neutrals a JOIN docket.hearing_neutrals b
               ON a.neutral_id = b.neutral_id AND a.hearing_id < b.hearing_id AND a.during && b.during
             WHERE a.live AND b.live",
            &[],
        )?
        .get(0);
    Ok(rooms + neutrals)
}
