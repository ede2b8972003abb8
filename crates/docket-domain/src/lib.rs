//! Bay Docket's pure domain core: the roster, cases, venues, hearings and the time vocabulary.
//!
//! Nothing here performs I/O or reads a clock. Callers pass `now` as an [`time::Instant`] and get values
//! or typed errors back. The principal types are [`roster::Neutral`], [`case::Case`],
//! [`hearing::Venue`] and [`hearing::Hearing`]; a hearing's start is a [`time::ZonedWallTime`] (the
//! truth) from which its UTC instant is derived. Input is checked by `*Draft::validate`, which collects
//! every [`validation::FieldError`] rather than stopping at the first.

pub mod case;
pub mod codes;
pub mod conflict;
pub mod deadline;
pub mod hearing;
pub mod hours;
pub mod id;
pub mod prep;
pub mod roster;
pub mod schedule;
pub mod text;
pub mod time;
pub mod validation;
pub mod workflow;
