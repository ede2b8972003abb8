//! The file formats the app writes and reads back: tar archives (backups and case packages), the
//! hearing bundle's printable index (HTML and CSV), and CSV cells. Use cases call these; nothing here
//! touches the database.

pub(crate) mod archive;
pub(crate) mod bundle_index;
pub(crate) mod csv;
