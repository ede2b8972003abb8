//! Local hours of a day, `[from, until)` in minutes after midnight: the hours a participant accepts
//! for a hearing in their own zone, and the hours a room is open.

use crate::time::LocalDateTime;

/// Local hours as minutes after midnight, `[from, until)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours {
    pub from: u32,
    pub until: u32,
}

impl Hours {
    /// 08:00–20:00: what a participant accepts unless told otherwise.
    pub const ACCEPTABLE: Hours = Hours {
        from: 8 * 60,
        until: 20 * 60,
    };
    /// 09:00–18:00: office hours of the hearing rooms.
    pub const OFFICE: Hours = Hours {
        from: 9 * 60,
        until: 18 * 60,
    };

    /// `09:00–18:00`.
    pub fn parse(s: &str) -> Option<Hours> {
        let (a, b) = s.trim().split_once(['-', '–'])?;
        Self::new(Self::minute(a)?, Self::minute(b)?)
    }

    /// Hours from `from` until `until` (minutes after midnight), when `from` comes first.
    pub fn new(from: u32, until: u32) -> Option<Hours> {
        (from < until && until <= 24 * 60).then_some(Hours { from, until })
    }

    /// `HH:MM` (00:00 to 24:00) as minutes after midnight.
    pub fn minute(t: &str) -> Option<u32> {
        let (h, m) = t.trim().split_once(':')?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
        (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
    }

    /// A minute after midnight as `HH:MM`.
    pub fn hh_mm(minute: u32) -> String {
        format!("{:02}:{:02}", minute / 60, minute % 60)
    }

    pub fn display(&self) -> String {
        format!("{}–{}", Self::hh_mm(self.from), Self::hh_mm(self.until))
    }

    /// Whether a period from local `start` lasting `minutes` lies within these hours on its day.
    pub fn contains(&self, start: LocalDateTime, minutes: u32) -> bool {
        let m = start.minute_of_day();
        m >= self.from && m + minutes <= self.until
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_read_as_a_range_or_as_two_times() {
        assert_eq!(Hours::parse("09:00-18:00"), Some(Hours::OFFICE));
        assert_eq!(Hours::parse("08:00–20:00"), Some(Hours::ACCEPTABLE));
        assert_eq!(Hours::parse("18:00-09:00"), None);
        assert_eq!(Hours::minute("24:00"), Some(1440));
        assert_eq!(Hours::minute("9:30"), Some(570));
        for bad in ["24:01", "12:60", "1200", "12:5", "", "ab:cd", "123:00"] {
            assert_eq!(Hours::minute(bad), None, "{bad}");
        }
        assert_eq!(Hours::new(600, 600), None);
        assert_eq!(Hours::OFFICE.display(), "09:00–18:00");
    }
}
