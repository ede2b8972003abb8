//! Weekly series: the same wall time in the hearing's zone every week, with cancelled dates and
//! moved occurrences. Each occurrence keeps its wall time; its instant follows the zone's rules, so
//! participants elsewhere see the hour move when their clocks change and the hearing's do not.

use crate::time::{CivilDate, LocalDateTime, TimeError, ZonedWallTime};

/// A weekly series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Weekly {
    pub first: ZonedWallTime,
    pub count: u32,
    /// Dates (in the hearing's zone) on which the occurrence is cancelled.
    pub exceptions: Vec<CivilDate>,
    /// Occurrences moved to another wall time: (original date, new wall time).
    pub moved: Vec<(CivilDate, LocalDateTime)>,
}

impl Weekly {
    /// The occurrences, in order, as wall times in the hearing's zone.
    pub fn occurrences(&self) -> Result<Vec<ZonedWallTime>, TimeError> {
        let mut out = Vec::new();
        let minute = self.first.local.minute_of_day();
        for k in 0..self.count {
            let date = self.first.local.date().add_days(i64::from(k) * 7)?;
            if self.exceptions.contains(&date) {
                continue;
            }
            let local = match self.moved.iter().find(|(d, _)| *d == date) {
                Some((_, to)) => *to,
                None => date.at(minute / 60, minute % 60)?,
            };
            out.push(ZonedWallTime::new(local, self.first.zone));
        }
        Ok(out)
    }
}
