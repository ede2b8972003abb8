//! The clerk's language on the Rust side: error messages and field names in English, Simplified and
//! Traditional Chinese. The UI has its own catalogue for screen text; both use the same [`Locale`] tags.

use crate::codes::StageCodeDto;
use crate::error::{
    AppError, BackupRefusal, ConflictReason, Entity, Expected, FieldProblem, FieldProblemReason,
    HolidayProblem, MoveRefusal, PackageRefusal,
};
pub use crate::locale::Locale;

/// A stage's name in the clerk's language.
pub fn stage_label(l: Locale, s: docket_domain::workflow::Stage) -> &'static str {
    use docket_domain::workflow::Stage;
    let (en, hans, hant) = match s {
        Stage::MediationRequested => ("Mediation requested", "申请调解", "申請調解"),
        Stage::MediationFailed => ("Mediation ended without settlement", "调解未成", "調解未成"),
        Stage::SettlementSigned => (
            "Settlement agreement signed",
            "签署和解协议",
            "簽署和解協議",
        ),
        Stage::ArbitrationFiled => ("Arbitration filed", "提起仲裁", "提起仲裁"),
        Stage::NoticeServed => (
            "Notice received by respondent",
            "被申请人收到仲裁通知",
            "被申請人收到仲裁通知",
        ),
        Stage::AnswerFiled => ("Answer filed", "提交答辩", "提交答覆"),
        Stage::TribunalConstituted => ("Tribunal constituted", "仲裁庭组成", "仲裁庭組成"),
        Stage::HearingsHeld => (
            "Last hearing or submission",
            "最后一次开庭或提交",
            "最後一次聆訊或提交",
        ),
        Stage::ProceedingsClosed => ("Proceedings closed", "程序终结", "程序終結"),
        Stage::AwardReceived => ("Award received", "收到裁决", "收到裁決"),
        Stage::Enforcement => ("Enforcement", "申请执行", "申請執行"),
        Stage::Closed => ("Closed", "结案", "結案"),
    };
    l.pick(en, hans, hant)
}

/// The sentence a clerk reads for an error.
pub fn describe(locale: Locale, e: &AppError) -> String {
    let l = locale;
    match e {
        AppError::NotFound { entity, key } => {
            let what = entity_name(l, *entity);
            match l {
                Locale::En => format!("No {what} matches “{key}”."),
                Locale::ZhHans => format!("找不到与“{key}”对应的{what}。"),
                Locale::ZhHant => format!("找不到與「{key}」對應的{what}。"),
            }
        }
        AppError::Validation { fields } => {
            let lines: Vec<String> = fields.iter().map(|f| describe_field(l, f)).collect();
            let head = l.pick(
                "Please correct the following:",
                "请更正以下内容：",
                "請更正以下內容：",
            );
            format!("{head} {}", lines.join(" "))
        }
        AppError::BackupRefused { path, reason, .. } => {
            let why = match reason {
                BackupRefusal::NotADatabase => l.pick("it is not a Bay Docket database", "它不是 Bay Docket 数据库", "它不是 Bay Docket 資料庫"),
                BackupRefusal::Foreign => l.pick(
                    "its tables or schema version are not what Bay Docket made (another program's file, or an edited one)",
                    "其数据表或结构版本并非 Bay Docket 所建（其他程序的文件，或被改动过的文件）",
                    "其資料表或結構版本並非 Bay Docket 所建（其他程式的檔案，或被改動過的檔案）",
                ),
                BackupRefusal::Damaged => l.pick("the file is damaged or incomplete", "文件已损坏或不完整", "檔案已損壞或不完整"),
                BackupRefusal::TooNew => l.pick("it comes from a newer version of Bay Docket", "它来自较新版本的 Bay Docket", "它來自較新版本的 Bay Docket"),
                BackupRefusal::Unreadable => l.pick("the file cannot be read", "无法读取该文件", "無法讀取該檔案"),
                BackupRefusal::Failed => l.pick("the copy failed", "复制失败", "複製失敗"),
            };
            match l {
                Locale::En => format!("The backup {path} cannot be used: {why}. Nothing was changed."),
                Locale::ZhHans => format!("无法使用备份 {path}：{why}。未作任何更改。"),
                Locale::ZhHant => format!("無法使用備份 {path}：{why}。未作任何更改。"),
            }
        }
        AppError::Conflict { reason } => match reason {
            ConflictReason::DatabaseNotEmpty => l
                .pick(
                    "Demo data can only be loaded into an empty database; this one already has records.",
                    "示例数据只能载入空数据库；此数据库已有记录。",
                    "示範資料只能載入空資料庫；此資料庫已有記錄。",
                )
                .to_owned(),
            ConflictReason::HearingBlocked { blocking } => match l {
                Locale::En => format!(
                    "The hearing was not booked: {blocking} blocking finding(s) — a double booking, a holiday or unavailability. Choose another time or room."
                ),
                Locale::ZhHans => format!(
                    "未预订聆讯：有 {blocking} 项阻却事项（重复预订、假期或不可出席）。请另选时间或房间。"
                ),
                Locale::ZhHant => format!(
                    "未預訂聆訊：有 {blocking} 項阻卻事項（重複預訂、假期或不可出席）。請另選時間或房間。"
                ),
            },
            ConflictReason::VenueInUse { hearings } => match l {
                Locale::En => format!(
                    "This room cannot be retired: {hearings} hearing(s) are still to be held in it. Cancel them or book them in another room first."
                ),
                Locale::ZhHans => format!(
                    "无法停用此房间：仍有 {hearings} 场庭审将在此举行。请先取消，或改在其他房间预订。"
                ),
                Locale::ZhHant => format!(
                    "無法停用此房間：仍有 {hearings} 場聆訊將在此舉行。請先取消，或改在其他房間預訂。"
                ),
            },
            ConflictReason::AppointmentBlocked { blocking } => match l {
                Locale::En => format!(
                    "This appointment cannot be confirmed: {blocking} blocking finding(s) are unresolved. Record the parties' written waiver, or choose another neutral."
                ),
                Locale::ZhHans => format!(
                    "无法确认此项委任：尚有 {blocking} 项阻却事项未解决。请记录全体当事人的书面弃权，或另选人选。"
                ),
                Locale::ZhHant => format!(
                    "無法確認此項委任：尚有 {blocking} 項阻卻事項未解決。請記錄全體當事人的書面棄權，或另選人選。"
                ),
            },
        },
        AppError::NonexistentLocalTime {
            local,
            zone,
            earlier,
            later,
            ..
        } => {
            let (date, time) = split_local(local);
            let (_, a) = split_local(earlier);
            let (_, b) = split_local(later);
            match l {
                Locale::En => format!(
                    "{time} does not exist on {date} in {zone} — the clocks skip it. {a} or {b}?"
                ),
                Locale::ZhHans => {
                    format!("{zone} 在 {date} 没有 {time}（时钟跳过了这段时间）。改为 {a} 还是 {b}？")
                }
                Locale::ZhHant => {
                    format!("{zone} 在 {date} 沒有 {time}（時鐘跳過了這段時間）。改為 {a} 還是 {b}？")
                }
            }
        }
        AppError::AmbiguousLocalTime {
            local,
            zone,
            earlier_offset,
            later_offset,
            ..
        } => {
            let (date, time) = split_local(local);
            match l {
                Locale::En => format!(
                    "{time} occurs twice on {date} in {zone}. The first (UTC{earlier_offset}) or the second (UTC{later_offset})?"
                ),
                Locale::ZhHans => format!(
                    "{zone} 在 {date} 的 {time} 出现两次。选第一次（UTC{earlier_offset}）还是第二次（UTC{later_offset}）？"
                ),
                Locale::ZhHant => format!(
                    "{zone} 在 {date} 的 {time} 出現兩次。選第一次（UTC{earlier_offset}）還是第二次（UTC{later_offset}）？"
                ),
            }
        }
        AppError::MoveRefused(refusal) => {
            let name = |s: &StageCodeDto| stage_label(l, (*s).into());
            match (refusal, l) {
                (MoveRefusal::OutOfOrder { current, expected, requested }, _) => {
                    let (current, requested) = (name(current), name(requested));
                    match (expected.as_ref().map(name), l) {
                        (Some(next), Locale::En) => format!("The case is at “{current}”; the next stage is “{next}”, not “{requested}”."),
                        (None, Locale::En) => format!("The case is at “{current}”, its last stage; it cannot move to “{requested}”."),
                        (Some(next), Locale::ZhHans) => format!("案件目前处于“{current}”，下一阶段应为“{next}”，而不是“{requested}”。"),
                        (None, Locale::ZhHans) => format!("案件已处于最后阶段“{current}”，不能进入“{requested}”。"),
                        (Some(next), Locale::ZhHant) => format!("案件目前處於「{current}」，下一階段應為「{next}」，而不是「{requested}」。"),
                        (None, Locale::ZhHant) => format!("案件已處於最後階段「{current}」，不能進入「{requested}」。"),
                    }
                }
                (MoveRefusal::NotInWorkflow { requested }, Locale::En) => format!("“{}” is not a stage of this case’s workflow.", name(requested)),
                (MoveRefusal::NotInWorkflow { requested }, Locale::ZhHans) => format!("“{}”不是此案件流程中的阶段。", name(requested)),
                (MoveRefusal::NotInWorkflow { requested }, Locale::ZhHant) => format!("「{}」不是此案件流程中的階段。", name(requested)),
                (MoveRefusal::BeforePreviousEvent { date, previous, previous_stage }, _) => {
                    let previous = match previous_stage {
                        Some(s) => format!("{} {previous}", name(s)),
                        None => previous.clone(),
                    };
                    match l {
                        Locale::En => format!("The event date {date} is before the previous event ({previous})."),
                        Locale::ZhHans => format!("事件日期 {date} 早于上一事件（{previous}）。"),
                        Locale::ZhHant => format!("事件日期 {date} 早於上一事件（{previous}）。"),
                    }
                }
                (MoveRefusal::NotOpen { status }, _) => match (status, l) {
                    (crate::codes::CaseStatusDto::Suspended, Locale::En) => "The case is suspended: resume it before recording the next stage.".to_owned(),
                    (crate::codes::CaseStatusDto::Suspended, Locale::ZhHans) => "案件已中止：请先恢复案件，再记录下一阶段。".to_owned(),
                    (crate::codes::CaseStatusDto::Suspended, Locale::ZhHant) => "案件已中止：請先恢復案件，再記錄下一階段。".to_owned(),
                    (_, Locale::En) => "The case is closed: undo its closing before recording the next stage.".to_owned(),
                    (_, Locale::ZhHans) => "案件已结案：请先撤销结案，再记录下一阶段。".to_owned(),
                    (_, Locale::ZhHant) => "案件已結案：請先復原結案，再記錄下一階段。".to_owned(),
                },
                (MoveRefusal::AfterNextEvent { date, next, next_stage }, _) => {
                    let next = format!("{} {next}", name(next_stage));
                    match l {
                        Locale::En => format!("The event date {date} is after the next event ({next})."),
                        Locale::ZhHans => format!("事件日期 {date} 晚于下一事件（{next}）。"),
                        Locale::ZhHant => format!("事件日期 {date} 晚於下一事件（{next}）。"),
                    }
                }
            }
        }
        AppError::ExitRefused(refusal) => exits::exit_refusal(l, refusal),
        AppError::PackageRefused { path, reason, at, detail } => {
            let why = match reason {
                PackageRefusal::NotAPackage => l.pick("it is not a Bay Docket case package", "它不是 Bay Docket 案件包", "它不是 Bay Docket 案件包"),
                PackageRefusal::Tampered => l.pick("its contents were altered or are incomplete", "其内容已被更改或不完整", "其內容已被更改或不完整"),
                PackageRefusal::TooNew => l.pick("it comes from a newer version of Bay Docket", "它来自较新版本的 Bay Docket", "它來自較新版本的 Bay Docket"),
                PackageRefusal::UnknownField => l.pick("it holds a field this version does not know", "其中含有本版本不认识的字段", "其中含有本版本不認識的欄位"),
                PackageRefusal::InvalidValue => l.pick("a value is not valid", "其中有无效的值", "其中有無效的值"),
                PackageRefusal::OtherCase => l.pick("it holds records of another case", "其中含有其他案件的记录", "其中含有其他案件的記錄"),
                PackageRefusal::NotADigest => l.pick("a document is not named by a SHA-256 digest", "有文件未以 SHA-256 摘要命名", "有文件未以 SHA-256 摘要命名"),
                PackageRefusal::MissingDocument => l.pick("a document it lists is missing from the file", "其列出的文件不在包内", "其列出的文件不在包內"),
                PackageRefusal::DigestMismatch => l.pick("a document's bytes do not match its SHA-256 digest", "有文件内容与其 SHA-256 摘要不符", "有文件內容與其 SHA-256 摘要不符"),
                PackageRefusal::Unreadable => l.pick("the file cannot be read", "无法读取该文件", "無法讀取該檔案"),
                PackageRefusal::UnknownRoom => l.pick("a hearing is in a room this centre does not have (choose a room here for its code, or add one with that code)", "有庭审所在的房间本中心没有（请为该代码选择本中心的房间，或新增该代码的房间）", "有聆訊所在的房間本中心沒有（請為該代碼選擇本中心的房間，或新增該代碼的房間）"),
            };
            let shown: String = detail.chars().take(80).collect();
            match (l, at.is_empty()) {
                (Locale::En, true) => format!("The case package {path} cannot be imported: {why}. Nothing was changed."),
                (Locale::ZhHans, true) => format!("无法导入案件包 {path}：{why}。未作任何更改。"),
                (Locale::ZhHant, true) => format!("無法匯入案件包 {path}：{why}。未作任何更改。"),
                (Locale::En, false) => format!("The case package {path} cannot be imported: {why} (at {at}: “{shown}”). Nothing was changed."),
                (Locale::ZhHans, false) => format!("无法导入案件包 {path}：{why}（位置：{at}：“{shown}”）。未作任何更改。"),
                (Locale::ZhHant, false) => format!("無法匯入案件包 {path}：{why}（位置：{at}：「{shown}」）。未作任何更改。"),
            }
        }
        AppError::ExportRefused { items } => match l {
            Locale::En => format!(
                "{items} item(s) are confidential mediation communications (Mediation Ordinance, Cap 620 s.8). Record a permitted ground before exporting them; this refusal has been logged."
            ),
            Locale::ZhHans => format!(
                "有 {items} 项属于保密的调解通讯（《调解条例》第620章第8条）。导出前须记录获准披露的理由；本次拒绝已记录在案。"
            ),
            Locale::ZhHant => format!(
                "有 {items} 項屬於保密的調解通訊（《調解條例》第620章第8條）。匯出前須記錄獲准披露的理由；本次拒絕已記錄在案。"
            ),
        },
        AppError::WriteFailed { path, reason } => match l {
            Locale::En => format!("{path} could not be written ({reason}). Nothing was changed; free some space or choose another folder."),
            Locale::ZhHans => format!("无法写入 {path}（{reason}）。未作任何更改；请释放空间或选择其他文件夹。"),
            Locale::ZhHant => format!("無法寫入 {path}（{reason}）。未作任何更改；請釋放空間或選擇其他資料夾。"),
        },
        AppError::FileUnreadable { path, reason } => match l {
            Locale::En => format!("The file {path} cannot be read: {reason}"),
            Locale::ZhHans => format!("无法读取文件 {path}：{reason}"),
            Locale::ZhHant => format!("無法讀取檔案 {path}：{reason}"),
        },
        AppError::ImportRefused { line, detail } => match (l, *line) {
            (Locale::En, 0) => format!("The file cannot be imported ({detail}). Nothing was changed."),
            (Locale::En, n) => format!("Line {n} of the file cannot be imported: {detail}. Nothing was changed."),
            (Locale::ZhHans, 0) => format!("无法导入该文件（{detail}），未作任何更改。"),
            (Locale::ZhHans, n) => format!("文件第 {n} 行无法导入：{detail}。未作任何更改。"),
            (Locale::ZhHant, 0) => format!("無法匯入該檔案（{detail}），未作任何更改。"),
            (Locale::ZhHant, n) => format!("檔案第 {n} 行無法匯入：{detail}。未作任何更改。"),
        },
        AppError::HolidayImportRefused { line, problem } => {
            let what = holiday_problem(l, problem);
            match (l, *line) {
                (Locale::En, 0) => format!("The holiday list cannot be imported: {what}. Nothing was changed."),
                (Locale::En, n) => format!("Line {n} of the holiday list cannot be imported: {what}. Nothing was changed."),
                (Locale::ZhHans, 0) => format!("无法导入该假期列表：{what}。未作任何更改。"),
                (Locale::ZhHans, n) => format!("假期列表第 {n} 行无法导入：{what}。未作任何更改。"),
                (Locale::ZhHant, 0) => format!("無法匯入該假期列表：{what}。未作任何更改。"),
                (Locale::ZhHant, n) => format!("假期列表第 {n} 行無法匯入：{what}。未作任何更改。"),
            }
        }
        AppError::HolidayYearUnconfirmed {
            calendar,
            year,
            this_year,
        } => {
            let cal = calendar_name(l, *calendar);
            let away = (year - this_year).abs();
            match l {
                Locale::En => format!(
                    "The list would replace {year} in the {cal} calendar, {away} years from this year ({this_year}). Check the year; to import it anyway, confirm the import. Nothing was changed."
                ),
                Locale::ZhHans => format!(
                    "该列表将取代{cal}日历的 {year} 年，距今年（{this_year} 年）{away} 年。请核对年份；如确需导入，请确认导入。未作任何更改。"
                ),
                Locale::ZhHant => format!(
                    "該列表將取代{cal}日曆的 {year} 年，距今年（{this_year} 年）{away} 年。請核對年份；如確需匯入，請確認匯入。未作任何更改。"
                ),
            }
        }
        AppError::NoHolidayData { calendar, year } => match (calendar, l) {
            (crate::dto::CalendarDto::HK, Locale::En) => format!(
                "No holiday data for {year} in the Hong Kong calendar. Add that year's general holidays, or import the official list."
            ),
            (crate::dto::CalendarDto::HK, Locale::ZhHans) => {
                format!("香港日历没有 {year} 年的假期数据。请补充该年的公众假期，或导入官方列表。")
            }
            (crate::dto::CalendarDto::HK, Locale::ZhHant) => {
                format!("香港日曆沒有 {year} 年的假期資料。請補充該年的公眾假期，或匯入官方列表。")
            }
            (crate::dto::CalendarDto::CN, Locale::En) => format!(
                "No holiday data for {year} in the Mainland calendar. Add that year's days off and make-up working days, or import the official notice."
            ),
            (crate::dto::CalendarDto::CN, Locale::ZhHans) => {
                format!("内地日历没有 {year} 年的假期数据。请补充该年的休假日和调休上班日，或导入官方通知。")
            }
            (crate::dto::CalendarDto::CN, Locale::ZhHant) => {
                format!("內地日曆沒有 {year} 年的假期資料。請補充該年的休假日和調休上班日，或匯入官方通知。")
            }
        },
        AppError::NoDataFolder => l
            .pick(
                "No personal data folder was found for the database. Start with --db PATH or set BAY_DOCKET_DB.",
                "找不到存放数据库的个人数据文件夹。请用 --db 路径 启动，或设置 BAY_DOCKET_DB。",
                "找不到存放資料庫的個人資料夾。請用 --db 路徑 啟動，或設定 BAY_DOCKET_DB。",
            )
            .to_owned(),
        AppError::NoDatabase { path } => match l {
            Locale::En => format!("There is no Bay Docket database at {path}."),
            Locale::ZhHans => format!("{path} 处没有 Bay Docket 数据库。"),
            Locale::ZhHant => format!("{path} 沒有 Bay Docket 資料庫。"),
        },
        AppError::DatabaseUnavailable { path, reason } => match l {
            Locale::En => format!("The database at {path} cannot be opened: {reason}"),
            Locale::ZhHans => format!("无法打开数据库 {path}：{reason}"),
            Locale::ZhHant => format!("無法開啟資料庫 {path}：{reason}"),
        },
        AppError::Interrupted { .. } => l
            .pick(
                "Something went wrong inside Bay Docket and the action was stopped. What it had not finished saving was not saved; check the result before trying again. The details are in the log.",
                "Bay Docket 内部出错，操作已中止。尚未保存完成的内容均未保存；请先核对结果再重试。详情已写入日志。",
                "Bay Docket 內部出錯，操作已中止。尚未儲存完成的內容均未儲存；請先核對結果再重試。詳情已寫入日誌。",
            )
            .to_owned(),
        AppError::Unconfirmed {
            field,
            value,
            reason,
        } => {
            let name = field_label(l, field);
            match (reason, l) {
                (crate::error::UnconfirmedReason::FarFuture, Locale::En) => format!(
                    "{name} {value} is more than a year from today. Check the date; to keep it, confirm it. Nothing was changed."
                ),
                (crate::error::UnconfirmedReason::FarFuture, Locale::ZhHans) => format!(
                    "“{name}” {value} 距今超过一年。请核对日期；如确需保留，请确认。未作任何更改。"
                ),
                (crate::error::UnconfirmedReason::FarFuture, Locale::ZhHant) => format!(
                    "「{name}」{value} 距今超過一年。請核對日期；如確需保留，請確認。未作任何更改。"
                ),
                (crate::error::UnconfirmedReason::LongAgo, Locale::En) => format!(
                    "{name} {value} is before 1990. Check the date; to keep it, confirm it. Nothing was changed."
                ),
                (crate::error::UnconfirmedReason::LongAgo, Locale::ZhHans) => format!(
                    "“{name}” {value} 早于 1990 年。请核对日期；如确需保留，请确认。未作任何更改。"
                ),
                (crate::error::UnconfirmedReason::LongAgo, Locale::ZhHant) => format!(
                    "「{name}」{value} 早於 1990 年。請核對日期；如確需保留，請確認。未作任何更改。"
                ),
                (crate::error::UnconfirmedReason::LongWarning, Locale::En) => format!(
                    "The warning period ending {value} is longer than seven days. Check the dates; to record it anyway, confirm it. Nothing was changed."
                ),
                (crate::error::UnconfirmedReason::LongWarning, Locale::ZhHans) => format!(
                    "截至 {value} 的警告期超过七天。请核对日期；如确需记录，请确认。未作任何更改。"
                ),
                (crate::error::UnconfirmedReason::LongWarning, Locale::ZhHant) => format!(
                    "截至 {value} 的警告期超過七天。請核對日期；如確需記錄，請確認。未作任何更改。"
                ),
            }
        }
        AppError::Internal { .. } => l
            .pick(
                "Something went wrong inside Bay Docket. Nothing was changed. The details are in the log.",
                "Bay Docket 内部出错，未作任何更改。详情已写入日志。",
                "Bay Docket 內部出錯，未作任何更改。詳情已寫入日誌。",
            )
            .to_owned(),
    }
}

/// What is wrong with one deadline that cannot be computed, for its row in a list.
pub fn deadline_problem(l: Locale, e: &docket_domain::deadline::DeadlineError) -> String {
    use docket_domain::deadline::DeadlineError;
    match e {
        DeadlineError::NoOpenDay(days) => match l {
            Locale::En => format!(
                "This deadline cannot be computed: no open day within {days} days of its end. Check the recorded weather warnings and closure days."
            ),
            Locale::ZhHans => format!(
                "无法计算此期限：期满后 {days} 天内没有可办公日。请核对已记录的恶劣天气警告和停止办公日。"
            ),
            Locale::ZhHant => format!(
                "無法計算此期限：期滿後 {days} 天內沒有可辦公日。請核對已記錄的惡劣天氣警告和停止辦公日。"
            ),
        },
        DeadlineError::Time(_) => l
            .pick(
                "This deadline cannot be computed: its dates are outside the supported range (1900–2200). Correct the event date.",
                "无法计算此期限：其日期超出支持范围（1900–2200 年）。请更正事件日期。",
                "無法計算此期限：其日期超出支援範圍（1900–2200 年）。請更正事件日期。",
            )
            .to_owned(),
        other => describe(l, &crate::AppError::from(other.clone())),
    }
}

/// What is wrong with a stored record that does not read back, for its row in a list.
pub fn unreadable_record(l: Locale, e: &docket_store::StoreError) -> String {
    match e {
        docket_store::StoreError::Corrupt { column, value, .. } => match l {
            Locale::En => format!(
                "This record cannot be read: its stored {column} “{value}” is not valid (perhaps from an older version). Correct or remove it."
            ),
            Locale::ZhHans => format!(
                "无法读取此记录：所存的 {column}“{value}”无效（可能来自旧版本）。请更正或删除。"
            ),
            Locale::ZhHant => format!(
                "無法讀取此記錄：所存的 {column}「{value}」無效（可能來自舊版本）。請更正或刪除。"
            ),
        },
        _ => l
            .pick(
                "This record cannot be read. The details are in the log.",
                "无法读取此记录。详情已写入日志。",
                "無法讀取此記錄。詳情已寫入日誌。",
            )
            .to_owned(),
    }
}

fn entity_name(l: Locale, e: Entity) -> &'static str {
    match e {
        Entity::Neutral => l.pick("mediator or arbitrator", "调解员或仲裁员", "調解員或仲裁員"),
        Entity::Case => l.pick("case", "案件", "案件"),
        Entity::Hearing => l.pick("hearing", "庭审", "聆訊"),
        Entity::Venue => l.pick("venue", "场地", "場地"),
        Entity::Deadline => l.pick("deadline", "期限", "期限"),
        Entity::TimeLimit => l.pick("time limit", "时限", "時限"),
        Entity::Party => l.pick("party", "当事人", "當事人"),
        Entity::Counsel => l.pick("counsel", "代理律师", "代理律師"),
        Entity::Firm => l.pick("law firm", "律师事务所", "律師事務所"),
        Entity::Appointment => l.pick("appointment", "委任", "委任"),
        Entity::Document => l.pick("document", "文件", "文件"),
        Entity::ChecklistItem => l.pick("checklist item", "清单事项", "清單事項"),
    }
}

fn split_local(local: &str) -> (&str, &str) {
    local.split_once('T').unwrap_or((local, ""))
}

/// An error as the UI receives it: the typed error and its sentences in the clerk's language.
impl crate::dto::ErrorPayload {
    pub fn new(locale: Locale, error: AppError) -> Self {
        use crate::dto::FieldMessage;
        let fields = match &error {
            AppError::Validation { fields } => fields
                .iter()
                .map(|f| FieldMessage {
                    field: f.field.clone(),
                    message: describe_field(locale, f),
                })
                .collect(),
            _ => Vec::new(),
        };
        Self {
            message: describe(locale, &error),
            error,
            fields,
        }
    }
}

#[cfg(test)]
mod tests;

mod exits;
mod fields;
mod holidays;
pub mod words;
pub use exits::{deadline_stopped, exit_label};
pub use fields::{describe_field, field_label};
use holidays::calendar_name;
pub use holidays::holiday_problem;
