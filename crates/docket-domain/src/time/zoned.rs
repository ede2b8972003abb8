//! Zoned wall times and how a wall-clock reading becomes an instant around DST gaps and folds.

use super::{Instant, LocalDateTime, TimeError, UtcOffset, Zone};
use chrono::TimeDelta;

/// How to read a wall time that falls in a gap (skipped) or a fold (repeated).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disambiguation {
    /// RFC 5545 behaviour, used by imports: a gap time is read with the offset before the gap (so it
    /// lands after the gap), a fold time takes the earlier instant.
    Compatible,
    /// Gap: the offset after the gap (lands before it). Fold: the earlier instant.
    Earlier,
    /// Gap: the offset before the gap (lands after it). Fold: the later instant.
    Later,
    /// Refuse both: the clerk must choose.
    Reject,
}

/// A wall-clock time pinned to a zone: the stored truth for scheduled events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ZonedWallTime {
    pub local: LocalDateTime,
    pub zone: Zone,
}

/// A zoned wall time resolved to an instant, with the offset used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub instant: Instant,
    pub offset: UtcOffset,
}

impl ZonedWallTime {
    pub fn new(local: LocalDateTime, zone: Zone) -> Self {
        Self { local, zone }
    }

    /// The instant this wall time denotes, or why it cannot be chosen without asking.
    pub fn resolve(&self, how: Disambiguation) -> Result<Resolved, TimeError> {
        use jiff::tz::AmbiguousOffset;
        let civil = self.local.to_jiff()?;
        let with = |offset: UtcOffset| -> Result<Instant, TimeError> {
            self.local
                .0
                .checked_sub_signed(TimeDelta::seconds(i64::from(offset.0)))
                .map(|n| Instant(n.and_utc()))
                .ok_or(TimeError::OutOfRange)
        };
        let at = |offset: UtcOffset| -> Result<Resolved, TimeError> {
            Ok(Resolved {
                instant: with(offset)?,
                offset,
            })
        };
        let off = |o: jiff::tz::Offset| UtcOffset(o.seconds());
        match self.zone.0.tz.to_ambiguous_timestamp(civil).offset() {
            AmbiguousOffset::Unambiguous { offset } => at(off(offset)),
            AmbiguousOffset::Fold { before, after } => match how {
                Disambiguation::Compatible | Disambiguation::Earlier => at(off(before)),
                Disambiguation::Later => at(off(after)),
                Disambiguation::Reject => Err(TimeError::AmbiguousLocalTime {
                    local: self.local,
                    zone: self.zone,
                    earlier_offset: off(before),
                    later_offset: off(after),
                }),
            },
            AmbiguousOffset::Gap { before, after } => {
                let (before, after) = (off(before), off(after));
                let pick = |offset: UtcOffset| -> Result<Resolved, TimeError> {
                    let instant = with(offset)?;
                    Ok(Resolved {
                        instant,
                        offset: self.zone.offset_at(instant),
                    })
                };
                match how {
                    Disambiguation::Compatible | Disambiguation::Later => pick(before),
                    Disambiguation::Earlier => pick(after),
                    Disambiguation::Reject => Err(TimeError::NonexistentLocalTime {
                        local: self.local,
                        zone: self.zone,
                        earlier: with(after)?.local_in(self.zone),
                        later: with(before)?.local_in(self.zone),
                    }),
                }
            }
        }
    }
}
