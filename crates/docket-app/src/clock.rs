//! The injected sources of time and identity: use cases never read the ambient clock or invent IDs.

use docket_domain::time::Instant;
use std::sync::atomic::{AtomicU64, Ordering};
use uuid::Uuid;

/// Where use cases read the current time.
pub trait Clock: Send + Sync {
    fn now(&self) -> Instant;
}

/// The operating system's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods)] // the one place the real clock is read
    fn now(&self) -> Instant {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
            .unwrap_or(0);
        Instant::from_unix_seconds(secs).unwrap_or_else(|_| fallback_instant())
    }
}

fn fallback_instant() -> Instant {
    // 2000-01-01T00:00:00Z: only reached if the system clock is outside chrono's range.
    Instant::from_unix_seconds(946_684_800).unwrap_or_else(|_| fallback_instant())
}

/// A clock that always says the same instant (tests, reproducible demos).
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub Instant);

impl Clock for FixedClock {
    fn now(&self) -> Instant {
        self.0
    }
}

/// Where use cases get new identifiers.
pub trait IdGenerator: Send + Sync {
    fn next_uuid(&self) -> Uuid;
}

/// Random version-4 UUIDs.
#[derive(Debug, Default, Clone, Copy)]
pub struct RandomIds;

impl IdGenerator for RandomIds {
    fn next_uuid(&self) -> Uuid {
        Uuid::new_v4()
    }
}

/// 1, 2, 3, ... as UUIDs: predictable identifiers for tests and snapshots.
#[derive(Debug, Default)]
pub struct SequentialIds(AtomicU64);

impl IdGenerator for SequentialIds {
    fn next_uuid(&self) -> Uuid {
        Uuid::from_u128(u128::from(self.0.fetch_add(1, Ordering::Relaxed) + 1))
    }
}
