//! TypeScript bindings for the IPC DTOs, written to `ui/src/lib/ipc/bindings/` by `cargo xtask codegen`.
//! A test fails when the committed files differ from what this build would write.

use crate::dto::{
    AppInfoDto, CaseDto, DemoSummaryDto, ErrorPayload, HearingDto, NeutralDto, OverviewDto,
    SettingsDto, VenueDto,
};
use std::path::Path;
use ts_rs::{Config, ExportError, TS};

/// Writes every exported type (and the types they use) into `dir`, one `.ts` file per type.
pub fn export_all(dir: &Path) -> Result<(), ExportError> {
    let cfg = Config::new().with_out_dir(dir).with_large_int("number");
    AppInfoDto::export_all(&cfg)?;
    SettingsDto::export_all(&cfg)?;
    OverviewDto::export_all(&cfg)?;
    DemoSummaryDto::export_all(&cfg)?;
    NeutralDto::export_all(&cfg)?;
    crate::dto::NeutralInputDto::export_all(&cfg)?;
    crate::dto::ImportReportDto::export_all(&cfg)?;
    crate::dto::SavedSheetDto::export_all(&cfg)?;
    crate::dto::ExportKindDto::export_all(&cfg)?;
    crate::dto::SheetFormatDto::export_all(&cfg)?;
    crate::dto::ExitInputDto::export_all(&cfg)?;
    crate::dto::NeutralQueryDto::export_all(&cfg)?;
    crate::dto::NeutralDetailDto::export_all(&cfg)?;
    crate::dto::PartyInputDto::export_all(&cfg)?;
    crate::dto::PartyDetailDto::export_all(&cfg)?;
    crate::dto::FirmInputDto::export_all(&cfg)?;
    crate::dto::CounselDto::export_all(&cfg)?;
    crate::dto::CounselInputDto::export_all(&cfg)?;
    crate::dto::CasePartyInputDto::export_all(&cfg)?;
    crate::dto::ConnectionInputDto::export_all(&cfg)?;
    crate::dto::ProposalDto::export_all(&cfg)?;
    crate::dto::ConflictReportDto::export_all(&cfg)?;
    crate::dto::ConflictRecordInputDto::export_all(&cfg)?;
    crate::dto::FindNeutralDto::export_all(&cfg)?;
    crate::dto::CandidateDto::export_all(&cfg)?;
    crate::dto::ConflictRuleDto::export_all(&cfg)?;
    crate::dto::FeeCapDto::export_all(&cfg)?;
    crate::dto::ConflictRuleInputDto::export_all(&cfg)?;
    crate::dto::FeeCapInputDto::export_all(&cfg)?;
    crate::dto::CalendarEditDto::export_all(&cfg)?;
    crate::dto::CalendarEditPreviewDto::export_all(&cfg)?;
    crate::dto::CalendarEditDoneDto::export_all(&cfg)?;
    crate::dto::ClosureDayDto::export_all(&cfg)?;
    crate::dto::AppointmentDatesDto::export_all(&cfg)?;
    crate::dto::HearingInputDto::export_all(&cfg)?;
    crate::dto::MoveHearingDto::export_all(&cfg)?;
    crate::dto::HearingCheckDto::export_all(&cfg)?;
    crate::dto::SlotQueryDto::export_all(&cfg)?;
    crate::dto::SlotsDto::export_all(&cfg)?;
    crate::dto::TzStatusDto::export_all(&cfg)?;
    crate::dto::TzReviewDto::export_all(&cfg)?;
    crate::dto::TzKeepDto::export_all(&cfg)?;
    crate::dto::ZoneClockDto::export_all(&cfg)?;
    crate::dto::TimeZoneDto::export_all(&cfg)?;
    crate::dto::IcsExportDto::export_all(&cfg)?;
    crate::dto::IcsFileDto::export_all(&cfg)?;
    crate::dto::IcsSavedDto::export_all(&cfg)?;
    crate::dto::IcsCheckDto::export_all(&cfg)?;
    crate::dto::BusyImportDto::export_all(&cfg)?;
    crate::dto::BackupDto::export_all(&cfg)?;
    CaseDto::export_all(&cfg)?;
    VenueDto::export_all(&cfg)?;
    crate::dto::VenueInputDto::export_all(&cfg)?;
    HearingDto::export_all(&cfg)?;
    ErrorPayload::export_all(&cfg)?;
    crate::AppError::export_all(&cfg)?;
    crate::dto::DeadlineInputDto::export_all(&cfg)?;
    crate::dto::DeadlineDto::export_all(&cfg)?;
    crate::dto::HolidayYearDto::export_all(&cfg)?;
    crate::dto::HolidayStatusDto::export_all(&cfg)?;
    crate::dto::WorkingDayDto::export_all(&cfg)?;
    crate::dto::WeatherInputDto::export_all(&cfg)?;
    crate::dto::WeatherEventDto::export_all(&cfg)?;
    crate::dto::CalendarMonthDto::export_all(&cfg)?;
    crate::dto::RuleSetDto::export_all(&cfg)?;
    crate::dto::NewCaseDto::export_all(&cfg)?;
    crate::dto::CaseDetailDto::export_all(&cfg)?;
    crate::dto::CasePreviewDto::export_all(&cfg)?;
    crate::dto::PrepDto::export_all(&cfg)?;
    crate::dto::TemplateItemDto::export_all(&cfg)?;
    crate::dto::TemplateItemInputDto::export_all(&cfg)?;
    crate::dto::ChecklistUpdateDto::export_all(&cfg)?;
    crate::dto::NewDocumentDto::export_all(&cfg)?;
    crate::dto::BundleLineDto::export_all(&cfg)?;
    crate::dto::DisclosureInputDto::export_all(&cfg)?;
    crate::dto::ExportedFileDto::export_all(&cfg)?;
    crate::dto::SearchHitDto::export_all(&cfg)?;
    crate::dto::PackageReportDto::export_all(&cfg)?;
    crate::dto::PackageResolutionDto::export_all(&cfg)?;
    crate::dto::PackageKindDto::export_all(&cfg)?;
    crate::dto::PackagePersonDto::export_all(&cfg)?;
    crate::dto::PackageRecordKind::export_all(&cfg)?;
    crate::dto::PackageMatchBy::export_all(&cfg)?;
    crate::dto::TimeLimitDto::export_all(&cfg)?;
    crate::dto::HolidayImportDto::export_all(&cfg)?;
    crate::dto::HolidayImportPreviewDto::export_all(&cfg)?;
    crate::dto::TimeLimitInputDto::export_all(&cfg)?;
    crate::dto::EventChangeDto::export_all(&cfg)?;
    crate::dto::CaseEditDto::export_all(&cfg)?;
    crate::dto::HearingEditDto::export_all(&cfg)?;
    crate::dto::RemovedDto::export_all(&cfg)?;
    crate::dto::RemovalDto::export_all(&cfg)?;
    crate::dto::RemovedKindDto::export_all(&cfg)?;
    crate::dto::DocumentEditDto::export_all(&cfg)?;
    crate::dto::DemoRemovalDto::export_all(&cfg)?;
    crate::dto::PartyEditedDto::export_all(&cfg)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    fn committed_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/ipc/bindings")
    }

    fn read_dir(dir: &Path) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        if let Ok(entries) = std::fs::read_dir(dir) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if name.ends_with(".ts") {
                    out.insert(name, std::fs::read_to_string(e.path()).unwrap());
                }
            }
        }
        out
    }

    /// Regenerate with `cargo xtask codegen` (which sets `UPDATE_BINDINGS=1`).
    #[test]
    fn typescript_bindings_are_fresh() {
        let tmp = tempfile::tempdir().unwrap();
        super::export_all(tmp.path()).unwrap();
        let fresh = read_dir(tmp.path());
        let dir = committed_dir();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            for (name, text) in &fresh {
                std::fs::write(dir.join(name), text).unwrap();
            }
        }
        let committed = read_dir(&dir);
        assert!(
            committed == fresh,
            "ui/src/lib/ipc/bindings is stale: run `cargo xtask codegen` and commit the result"
        );
    }
}
