//! Cross-crate integration tests live in `main.rs` (the single `it` test binary); this library is empty.
