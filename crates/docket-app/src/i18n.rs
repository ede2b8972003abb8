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

/// The sentence for one refused field, naming the field in the clerk's language.
pub fn describe_field(l: Locale, f: &FieldProblem) -> String {
    let name = field_label(l, &f.field);
    match &f.reason {
        FieldProblemReason::Required => match l {
            Locale::En => format!("{name} is required."),
            Locale::ZhHans => format!("“{name}”为必填项。"),
            Locale::ZhHant => format!("「{name}」為必填項。"),
        },
        FieldProblemReason::TooLong { max } => match l {
            Locale::En => format!("{name} is longer than {max} characters."),
            Locale::ZhHans => format!("“{name}”超过 {max} 个字符。"),
            Locale::ZhHant => format!("「{name}」超過 {max} 個字元。"),
        },
        FieldProblemReason::Malformed { expected } => match (l, expected_label(l, *expected)) {
            (_, None) => match l {
                Locale::En => format!("{name} is not valid."),
                Locale::ZhHans => format!("“{name}”格式无效。"),
                Locale::ZhHant => format!("「{name}」格式無效。"),
            },
            (_, Some(expected)) => match l {
                Locale::En => format!("{name} is not valid (expected {expected})."),
                Locale::ZhHans => format!("“{name}”格式无效（应为 {expected}）。"),
                Locale::ZhHant => format!("「{name}」格式無效（應為 {expected}）。"),
            },
        },
        FieldProblemReason::UnknownZone { zone, tzdb } if !zone.is_empty() => match l {
            Locale::En => format!(
                "{name}: “{zone}” is not a time zone in tz database {tzdb} (use an IANA name such as Asia/Hong_Kong)."
            ),
            Locale::ZhHans => {
                format!(
                    "{name}：“{zone}”不是时区数据库 {tzdb} 中的时区（请用 IANA 名称，如 Asia/Shanghai）。"
                )
            }
            Locale::ZhHant => {
                format!(
                    "{name}：「{zone}」不是時區資料庫 {tzdb} 中的時區（請用 IANA 名稱，如 Asia/Hong_Kong）。"
                )
            }
        },
        FieldProblemReason::UnknownZone { .. } => match l {
            Locale::En => format!(
                "{name} is not a known time zone (use an IANA name such as Asia/Hong_Kong)."
            ),
            Locale::ZhHans => format!("“{name}”不是已知时区（请用 IANA 名称，如 Asia/Shanghai）。"),
            Locale::ZhHant => {
                format!("「{name}」不是已知時區（請用 IANA 名稱，如 Asia/Hong_Kong）。")
            }
        },
        FieldProblemReason::OutOfRange { min, max } => match l {
            Locale::En => format!("{name} must be between {min} and {max}."),
            Locale::ZhHans => format!("“{name}”必须介于 {min} 与 {max} 之间。"),
            Locale::ZhHant => format!("「{name}」必須介於 {min} 與 {max} 之間。"),
        },
        FieldProblemReason::UnknownReference => match l {
            Locale::En => format!("{name} refers to a record that does not exist."),
            Locale::ZhHans => format!("“{name}”引用的记录不存在。"),
            Locale::ZhHant => format!("「{name}」引用的記錄不存在。"),
        },
        FieldProblemReason::Duplicate => match (f.field.as_str(), l) {
            ("email", Locale::En) => {
                "A neutral with this e-mail is already on the roster.".to_owned()
            }
            ("email", Locale::ZhHans) => "名册上已有使用此电子邮箱的人选。".to_owned(),
            ("email", Locale::ZhHant) => "名冊上已有使用此電子郵箱的人選。".to_owned(),
            ("date_of_birth", Locale::En) => {
                "A neutral with the same name and date of birth is already on the roster."
                    .to_owned()
            }
            ("date_of_birth", Locale::ZhHans) => "名册上已有同名且出生日期相同的人选。".to_owned(),
            ("date_of_birth", Locale::ZhHant) => "名冊上已有同名且出生日期相同的人選。".to_owned(),
            (_, Locale::En) => format!("{name} is already in use."),
            (_, Locale::ZhHans) => format!("“{name}”已被使用。"),
            (_, Locale::ZhHant) => format!("「{name}」已被使用。"),
        },
        FieldProblemReason::Overlaps => match l {
            Locale::En => format!("{name} overlaps another unavailability period."),
            Locale::ZhHans => format!("“{name}”与另一段不可用时间重叠。"),
            Locale::ZhHant => format!("「{name}」與另一段不可用時間重疊。"),
        },
        FieldProblemReason::WrongCurrency { expected } => match l {
            Locale::En => format!(
                "{name} must be {expected}: the institution's rate cap for this case is in {expected}."
            ),
            Locale::ZhHans => {
                format!("“{name}”须为 {expected}：本案适用的机构费率上限以 {expected} 计。")
            }
            Locale::ZhHant => {
                format!("「{name}」須為 {expected}：本案適用的機構費率上限以 {expected} 計。")
            }
        },
    }
}

/// The name of a field as the clerk sees it.
pub fn field_label(l: Locale, field: &str) -> String {
    let (en, hans, hant) = match field {
        "name_en" => ("English name", "英文姓名", "英文姓名"),
        "name_zh" => ("Chinese name", "中文姓名", "中文姓名"),
        "roles" => ("Roles", "角色", "角色"),
        "nationalities" => ("Nationalities", "国籍", "國籍"),
        "languages" => ("Languages", "语言", "語言"),
        "home_zone" => ("Home time zone", "所在时区", "所在時區"),
        "email" => ("E-mail", "电子邮箱", "電子郵箱"),
        "language" => ("Interface language", "界面语言", "介面語言"),
        "start" => ("Start", "开始时间", "開始時間"),
        "zone" => ("Time zone", "时区", "時區"),
        "rule" => ("Rule set", "规则", "規則"),
        "trigger" => ("Trigger date", "起算日", "起算日"),
        "period" => ("Period", "期间", "期間"),
        "receipt" => ("Place of receipt", "收件地", "收件地"),
        "calendar" => ("Calendar", "日历", "日曆"),
        "year" => ("Year", "年份", "年份"),
        "date" => ("Date", "日期", "日期"),
        "kind" => ("Kind", "类型", "類型"),
        "end" => ("End", "结束时间", "結束時間"),
        "reference" => ("Case reference", "案号", "案號"),
        "title_en" => ("Parties (English)", "当事人（英文）", "當事人（英文）"),
        "model" => ("Workflow model", "案件模式", "案件模式"),
        "filed_on" => ("Filing date", "立案日期", "立案日期"),
        "case_language" => ("Language of the proceedings", "程序语言", "程序語言"),
        "amount" => ("Amount in dispute", "争议金额", "爭議金額"),
        "currency" => ("Currency", "币种", "幣種"),
        "stage" => ("Stage", "阶段", "階段"),
        "reason" => ("Reason", "理由", "理由"),
        "institution" => ("Institution", "机构", "機構"),
        "effective_from" => ("In force from", "生效日期", "生效日期"),
        "verification" => ("Verification", "核实情况", "核實情況"),
        "source" => ("Source", "来源", "來源"),
        "titles" => ("Titles", "头衔", "頭銜"),
        "date_of_birth" => ("Date of birth", "出生日期", "出生日期"),
        "admissions" => ("Admissions", "执业资格", "執業資格"),
        "panels" => ("Panel terms", "名册任期", "名冊任期"),
        "phone" => ("Phone", "电话", "電話"),
        "rate_amount" => ("Hourly rate", "小时费率", "小時費率"),
        "rate_currency" => ("Rate currency", "费率币种", "費率幣種"),
        "max_concurrent" => ("Maximum concurrent cases", "同时办案上限", "同時辦案上限"),
        "unavailability" => ("Unavailability", "不可用时间", "不可用時間"),
        "notes" => ("Notes", "备注", "備註"),
        "nationality" => (
            "Nationality or place of incorporation",
            "国籍或注册地",
            "國籍或註冊地",
        ),
        "group" => ("Corporate group", "所属集团", "所屬集團"),
        "country" => ("Country", "国家或地区", "國家或地區"),
        "party" => ("Party", "当事人", "當事人"),
        "counsel" => ("Counsel", "代理人", "代理人"),
        "firm_id" => ("Law firm", "律所", "律所"),
        "side" => ("Side", "当事人地位", "當事人地位"),
        "neutral" => ("Neutral", "人选", "人選"),
        "role" => ("Role", "委任角色", "委任角色"),
        "on" => ("Appointment date", "委任日期", "委任日期"),
        "appointed_by" => ("Appointed by", "指定方", "指定方"),
        "recorded_by" => ("Recorded by", "记录人", "記錄人"),
        "clerk_name" => ("Your name", "您的姓名", "您的姓名"),
        "recorded_on" => ("Date recorded", "记录日期", "記錄日期"),
        "subject" => ("Finding", "事项", "事項"),
        "note" => ("Note", "备注", "備註"),
        "from" => ("From", "自", "自"),
        "until" => ("Until", "至", "至"),
        "confirmed_on" => ("Confirmed on", "确认日期", "確認日期"),
        "ended_on" => ("Ended on", "结束日期", "結束日期"),
        "available_from" => ("Available from", "可用起始", "可用起始"),
        "available_until" => ("Available until", "可用截至", "可用截至"),
        "related" => ("Related case", "关联案件", "關聯案件"),
        "appointment" => ("Appointment", "委任", "委任"),
        "venue" => ("Venue", "场地", "場地"),
        "busy_for" => (
            "Neutral (--busy-for) or holiday calendar (--holidays)",
            "人选（--busy-for）或假期日历（--holidays）",
            "人選（--busy-for）或假期日曆（--holidays）",
        ),
        "scope" => ("Export scope", "导出范围", "匯出範圍"),
        "key" => (
            "Case, neutral or room",
            "案件、人选或房间",
            "案件、人選或房間",
        ),
        "method" => ("Calendar method", "日历方式", "日曆方式"),
        "organizer" => ("Organizer e-mail", "组织者电子邮箱", "組織者電郵"),
        "lang" => ("Language", "语言", "語言"),
        "minutes" => ("Duration (minutes)", "时长（分钟）", "時長（分鐘）"),
        "participants" => ("Participant", "参与者", "參與者"),
        "choose" => ("Reading of the time", "时间取值", "時間取值"),
        "status" => ("Status", "状态", "狀態"),
        "weeks" => ("Weeks", "周数", "週數"),
        "window" => ("Venue hours", "场地时间", "場地時間"),
        "display_zone" => ("Display time zone", "显示时区", "顯示時區"),
        "to" => ("Until", "至", "至"),
        other => {
            // List items: `panels[1]` is "Panel terms (row 2)".
            if let Some((base, rest)) = other.split_once('[')
                && let Some(Ok(i)) = rest.strip_suffix(']').map(str::parse::<usize>)
                && base != other
            {
                let row = i + 1;
                let label = field_label(l, base);
                return match l {
                    Locale::En => format!("{label} (row {row})"),
                    _ => format!("{label}（第 {row} 行）"),
                };
            }
            return other.to_owned();
        }
    };
    l.pick(en, hans, hant).to_owned()
}

fn calendar_name(l: Locale, c: crate::dto::CalendarDto) -> &'static str {
    match c {
        crate::dto::CalendarDto::HK => l.pick("Hong Kong", "香港", "香港"),
        crate::dto::CalendarDto::CN => l.pick("Mainland", "内地", "內地"),
    }
}

fn year_list(l: Locale, years: &[i32]) -> String {
    let sep = l.pick(", ", "、", "、");
    years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(sep)
}

/// What is wrong with a holiday list, as a clause in the clerk's language.
pub fn holiday_problem(l: Locale, p: &HolidayProblem) -> String {
    use HolidayProblem as P;
    match (p, l) {
        (P::NotAHolidayList, _) => l
            .pick(
                "it is neither a JSON holiday list nor an iCalendar (.ics) file",
                "它既不是 JSON 假期列表，也不是 iCalendar（.ics）文件",
                "它既不是 JSON 假期列表，也不是 iCalendar（.ics）檔案",
            )
            .to_owned(),
        (P::Unreadable { detail }, Locale::En) => format!("the text cannot be read ({detail})"),
        (P::Unreadable { detail }, Locale::ZhHans) => format!("无法读取其中的文字（{detail}）"),
        (P::Unreadable { detail }, Locale::ZhHant) => format!("無法讀取其中的文字（{detail}）"),
        (P::FileTooLarge { size_kb, max_kb }, Locale::En) => {
            format!("the file is {size_kb} KB; a holiday list is at most {max_kb} KB")
        }
        (P::FileTooLarge { size_kb, max_kb }, Locale::ZhHans) => {
            format!("文件大小为 {size_kb} KB，假期列表最多 {max_kb} KB")
        }
        (P::FileTooLarge { size_kb, max_kb }, Locale::ZhHant) => {
            format!("檔案大小為 {size_kb} KB，假期列表最多 {max_kb} KB")
        }
        (P::TooManyDays { max }, Locale::En) => {
            format!("it lists more than {max} days")
        }
        (P::TooManyDays { max }, Locale::ZhHans) => format!("所列日期超过 {max} 天"),
        (P::TooManyDays { max }, Locale::ZhHant) => format!("所列日期超過 {max} 天"),
        (P::NoDayList, _) => l
            .pick(
                "expected a list of days, or a \"days\" list",
                "应为日期列表或 \"days\" 列表",
                "應為日期列表或 \"days\" 列表",
            )
            .to_owned(),
        (P::NotADay, _) => l
            .pick(
                "each day needs a \"date\" and a \"name\"",
                "每一天都须有 \"date\" 和 \"name\"",
                "每一天都須有 \"date\" 和 \"name\"",
            )
            .to_owned(),
        (P::BadDate { text }, Locale::En) => format!("“{text}” is not a date YYYY-MM-DD"),
        (P::BadDate { text }, Locale::ZhHans) => format!("“{text}”不是 YYYY-MM-DD 格式的日期"),
        (P::BadDate { text }, Locale::ZhHant) => format!("「{text}」不是 YYYY-MM-DD 格式的日期"),
        (P::NoName, _) => l
            .pick("the day has no name", "该日没有名称", "該日沒有名稱")
            .to_owned(),
        (P::NameTooLong { max }, Locale::En) => {
            format!("the name is longer than {max} characters")
        }
        (P::NameTooLong { max }, Locale::ZhHans) => {
            format!("名称超过 {max} 个字符")
        }
        (P::NameTooLong { max }, Locale::ZhHant) => {
            format!("名稱超過 {max} 個字元")
        }
        (P::BadOffDay { value }, Locale::En) => format!("isOffDay is {value}, not true or false"),
        (P::BadOffDay { value }, Locale::ZhHans) => {
            format!("isOffDay 为 {value}，应为 true 或 false")
        }
        (P::BadOffDay { value }, Locale::ZhHant) => {
            format!("isOffDay 為 {value}，應為 true 或 false")
        }
        (P::BadYear { value }, Locale::En) => format!("the year {value} is not a whole number"),
        (P::BadYear { value }, Locale::ZhHans) => format!("年份 {value} 不是整数"),
        (P::BadYear { value }, Locale::ZhHant) => format!("年份 {value} 不是整數"),
        (P::OutsideYear { date, year }, Locale::En) => format!(
            "{date} is not in {year}, the year the file declares; a list may only change its own year"
        ),
        (P::OutsideYear { date, year }, Locale::ZhHans) => {
            format!("{date} 不在文件所声明的 {year} 年内；列表只能更改其本身的年份")
        }
        (P::OutsideYear { date, year }, Locale::ZhHant) => {
            format!("{date} 不在檔案所聲明的 {year} 年內；列表只能更改其本身的年份")
        }
        (P::YearDiffers { declared, chosen }, Locale::En) => {
            format!("the file is the list for {declared}, not {chosen}")
        }
        (P::YearDiffers { declared, chosen }, Locale::ZhHans) => {
            format!("该文件是 {declared} 年的列表，不是 {chosen} 年")
        }
        (P::YearDiffers { declared, chosen }, Locale::ZhHant) => {
            format!("該檔案是 {declared} 年的列表，不是 {chosen} 年")
        }
        (P::SeveralYears { years }, Locale::En) => format!(
            "it covers {}; choose the one year to import",
            year_list(l, years)
        ),
        (P::SeveralYears { years }, Locale::ZhHans) => {
            format!("它涵盖 {} 年；请选择要导入的年份", year_list(l, years))
        }
        (P::SeveralYears { years }, Locale::ZhHant) => {
            format!("它涵蓋 {} 年；請選擇要匯入的年份", year_list(l, years))
        }
        (P::NoDays { year }, Locale::En) => {
            format!("it has no days in {year}, and importing it would empty that year")
        }
        (P::NoDays { year }, Locale::ZhHans) => format!("其中没有 {year} 年的日期，导入会清空该年"),
        (P::NoDays { year }, Locale::ZhHant) => format!("其中沒有 {year} 年的日期，匯入會清空該年"),
        (P::Disagrees { date, other_line }, Locale::En) => format!(
            "{date} is listed again, differently from line {other_line} (a day off against a working day, or another name)"
        ),
        (P::Disagrees { date, other_line }, Locale::ZhHans) => format!(
            "{date} 再次列出，且与第 {other_line} 行不一致（休假日与上班日不同，或名称不同）"
        ),
        (P::Disagrees { date, other_line }, Locale::ZhHant) => format!(
            "{date} 再次列出，且與第 {other_line} 行不一致（休假日與上班日不同，或名稱不同）"
        ),
        (P::MakeUpDayInHongKong { date }, Locale::En) => {
            format!("{date} is a make-up working day, which the Hong Kong calendar does not have")
        }
        (P::MakeUpDayInHongKong { date }, Locale::ZhHans) => {
            format!("{date} 是调休上班日，香港日历没有调休上班日")
        }
        (P::MakeUpDayInHongKong { date }, Locale::ZhHant) => {
            format!("{date} 是調休上班日，香港日曆沒有調休上班日")
        }
        (P::BadContentLine, _) => l
            .pick(
                "an iCalendar line needs NAME:VALUE",
                "iCalendar 行须为 NAME:VALUE 格式",
                "iCalendar 行須為 NAME:VALUE 格式",
            )
            .to_owned(),
        (P::NoStart, _) => l
            .pick(
                "the event has no DTSTART",
                "该事件没有 DTSTART",
                "該事件沒有 DTSTART",
            )
            .to_owned(),
        (P::EndsBeforeStart { summary }, Locale::En) => {
            format!("the event “{summary}” ends before it starts")
        }
        (P::EndsBeforeStart { summary }, Locale::ZhHans) => {
            format!("事件“{summary}”的结束早于开始")
        }
        (P::EndsBeforeStart { summary }, Locale::ZhHant) => {
            format!("事件「{summary}」的結束早於開始")
        }
        (P::EventTooLong { summary, days, max }, Locale::En) => format!(
            "the event “{summary}” lasts {days} days; a holiday lasts at most {max} days, and a longer event is not cut short"
        ),
        (P::EventTooLong { summary, days, max }, Locale::ZhHans) => {
            format!("事件“{summary}”长达 {days} 天；假期最长 {max} 天，较长的事件不会被截短")
        }
        (P::EventTooLong { summary, days, max }, Locale::ZhHant) => {
            format!("事件「{summary}」長達 {days} 天；假期最長 {max} 天，較長的事件不會被截短")
        }
    }
}

/// Words for the accepted form of a malformed value, from the key the domain gives.
fn expected_label(l: Locale, expected: Expected) -> Option<&'static str> {
    Some(match expected {
        Expected::Roles => l.pick(
            "mediator, arbitrator or both",
            "调解员、仲裁员或两者",
            "調解員、仲裁員或兩者",
        ),
        Expected::CountryCodes => l.pick(
            "ISO 3166 two-letter country codes such as HK, CN, GB",
            "ISO 3166 两个字母的国家或地区代码，如 CN、HK、GB",
            "ISO 3166 兩個字母的國家或地區代碼，如 HK、CN、GB",
        ),
        Expected::EmailAddress => l.pick("an e-mail address", "电子邮箱地址", "電子郵箱地址"),
        Expected::Date => l.pick(
            "a date such as 2026-03-08",
            "日期，如 2026-03-08",
            "日期，如 2026-03-08",
        ),
        Expected::SupportedDate => l.pick(
            "a date from 1900-01-01 to 2200-12-31",
            "1900-01-01 至 2200-12-31 之间的日期",
            "1900-01-01 至 2200-12-31 之間的日期",
        ),
        Expected::CaseReference => l.pick(
            "up to 40 letters, digits, hyphens, underscores or dots, not starting with a dot, such as SCIA-2026-0142",
            "不超过 40 个字母、数字、连字符、下划线或句点，且不以句点开头，如 SCIA-2026-0142",
            "不超過 40 個字母、數字、連字號、底線或句點，且不以句點開頭，如 SCIA-2026-0142",
        ),
        Expected::LanguageTag => l.pick(
            "a language tag such as en, zh-Hant, yue or pt-BR",
            "语言标签，如 en、zh-Hans、yue、pt-BR",
            "語言標籤，如 en、zh-Hant、yue、pt-BR",
        ),
        Expected::Weeks => l.pick(
            "a number of weeks from 1 to 104",
            "1 至 104 之间的周数",
            "1 至 104 之間的週數",
        ),
        Expected::LocalDateTime => l.pick(
            "a date and time such as 2026-03-08T14:30",
            "日期和时间，如 2026-03-08T14:30",
            "日期和時間，如 2026-03-08T14:30",
        ),
        Expected::Calendar => l.pick("HK or CN", "HK 或 CN", "HK 或 CN"),
        Expected::RuleSet => l.pick(
            "hk-ordinance, hk-court-office, prc-civil-procedure, hkiac or scia",
            "hk-ordinance、hk-court-office、prc-civil-procedure、hkiac 或 scia",
            "hk-ordinance、hk-court-office、prc-civil-procedure、hkiac 或 scia",
        ),
        Expected::DaysOrMonths => l.pick(
            "a number of days or a number of months, not both",
            "日数或月数（二者选一）",
            "日數或月數（二者選一）",
        ),
        Expected::WeatherKind => l.pick(
            "signal8, black_rain or extreme_conditions",
            "signal8、black_rain 或 extreme_conditions",
            "signal8、black_rain 或 extreme_conditions",
        ),
        Expected::Institution => l.pick("HKIAC or SCIA", "HKIAC 或 SCIA", "HKIAC 或 SCIA"),
        Expected::Verification => l.pick(
            "verified, secondary or unverified",
            "verified、secondary 或 unverified",
            "verified、secondary 或 unverified",
        ),
        Expected::HolidayKind => l.pick(
            "day_off (or make_up_workday on the Mainland calendar)",
            "day_off（内地日历也可用 make_up_workday）",
            "day_off（內地日曆也可用 make_up_workday）",
        ),
        Expected::CaseModel => l.pick(
            "one of the four workflow models",
            "四种案件模式之一",
            "四種案件模式之一",
        ),
        Expected::Amount => l.pick(
            "an amount such as 42,000,000.00",
            "金额，如 42,000,000.00",
            "金額，如 42,000,000.00",
        ),
        Expected::Currency => l.pick(
            "a currency code such as HKD or CNY",
            "币种代码，如 CNY 或 HKD",
            "幣種代碼，如 HKD 或 CNY",
        ),
        Expected::Stage => l.pick(
            "a stage of the case's workflow",
            "案件流程中的阶段",
            "案件流程中的階段",
        ),
        Expected::AfterStart => l.pick(
            "a time after the start",
            "晚于开始时间的时间",
            "晚於開始時間的時間",
        ),
        Expected::LanguageLevels => l.pick(
            "languages such as en:native, yue:fluent, cmn:working",
            "语言及程度，如 cmn:native、yue:fluent、en:working",
            "語言及程度，如 yue:native、en:fluent、cmn:working",
        ),
        Expected::Panel => l.pick(
            "scia_arbitrators, hkiac_panel, hkiac_list, scia_mediators, hkmaal or hkiac_mediators",
            "scia_arbitrators、hkiac_panel、hkiac_list、scia_mediators、hkmaal 或 hkiac_mediators",
            "scia_arbitrators、hkiac_panel、hkiac_list、scia_mediators、hkmaal 或 hkiac_mediators",
        ),
        Expected::TermEndAfterStart => l.pick(
            "an end date on or after the start date",
            "不早于开始日期的结束日期",
            "不早於開始日期的結束日期",
        ),
        Expected::PartyKind => l.pick(
            "company, individual or state",
            "company、individual 或 state",
            "company、individual 或 state",
        ),
        Expected::Side => l.pick("claimant or respondent", "claimant 或 respondent", "claimant 或 respondent"),
        Expected::ConnectionKind => l.pick(
            "counsel, officer, shareholder, personal or other",
            "counsel、officer、shareholder、personal 或 other",
            "counsel、officer、shareholder、personal 或 other",
        ),
        Expected::AppointmentRole => l.pick(
            "sole_arbitrator, presiding_arbitrator, co_arbitrator, emergency_arbitrator or mediator",
            "sole_arbitrator、presiding_arbitrator、co_arbitrator、emergency_arbitrator 或 mediator",
            "sole_arbitrator、presiding_arbitrator、co_arbitrator、emergency_arbitrator 或 mediator",
        ),
        Expected::AppointedBy => l.pick(
            "party, parties, co_arbitrators or institution",
            "party、parties、co_arbitrators 或 institution",
            "party、parties、co_arbitrators 或 institution",
        ),
        Expected::ConflictRule => l.pick("a conflict rule code", "冲突规则代码", "衝突規則代碼"),
        Expected::RecordKind => l.pick(
            "disclosure, objection or waiver",
            "disclosure、objection 或 waiver",
            "disclosure、objection 或 waiver",
        ),
        Expected::NeutralIsNotMediator => l.pick(
            "a role this neutral takes (they are not on the roster as a mediator)",
            "该人选可担任的角色（其未登记为调解员）",
            "該人選可擔任的角色（其未登記為調解員）",
        ),
        Expected::NeutralIsNotArbitrator => l.pick(
            "a role this neutral takes (they are not on the roster as an arbitrator)",
            "该人选可担任的角色（其未登记为仲裁员）",
            "該人選可擔任的角色（其未登記為仲裁員）",
        ),
        Expected::AfterNomination => l.pick(
            "a date on or after the nomination",
            "不早于提名日期的日期",
            "不早於提名日期的日期",
        ),
        Expected::AnotherCase => l.pick("a different case", "另一宗案件", "另一宗案件"),
        Expected::IcsMethod => l.pick(
            "file, publish, request or cancel",
            "file、publish、request 或 cancel",
            "file、publish、request 或 cancel",
        ),
        Expected::IcsScope => l.pick(
            "all, case, neutral or room",
            "all、case、neutral 或 room",
            "all、case、neutral 或 room",
        ),
        Expected::EarlierOrLater => l.pick("earlier or later", "earlier 或 later", "earlier 或 later"),
        Expected::RoomZone => l.pick(
            "the room's own time zone (only online hearings choose a zone)",
            "房间所在时区（只有在线聆讯可另选时区）",
            "房間所在時區（只有在線聆訊可另選時區）",
        ),
        Expected::ParticipantKind => l.pick(
            "neutral, party, counsel, interpreter or other",
            "neutral、party、counsel、interpreter 或 other",
            "neutral、party、counsel、interpreter 或 other",
        ),
        Expected::Hours => l.pick("hours such as 08:00-20:00", "时间段，如 08:00-20:00", "時間段，如 08:00-20:00"),
        Expected::HearingKind => l.pick(
            "procedural_conference, evidentiary_hearing, mediation_session, award_delivery or other",
            "procedural_conference、evidentiary_hearing、mediation_session、award_delivery 或 other",
            "procedural_conference、evidentiary_hearing、mediation_session、award_delivery 或 other",
        ),
        Expected::HearingStatus => l.pick(
            "tentative, confirmed, postponed or cancelled",
            "tentative、confirmed、postponed 或 cancelled",
            "tentative、confirmed、postponed 或 cancelled",
        ),
        Expected::Locale => l.pick(
            "en, zh-Hans or zh-Hant",
            "en、zh-Hans 或 zh-Hant",
            "en、zh-Hans 或 zh-Hant",
        ),
        Expected::OneLine => l.pick(
            "one line of text, without control characters",
            "单行文字，不含控制字符",
            "單行文字，不含控制字元",
        ),
        // Forms the clerk is not told about: the sentence stays at "is not valid".
        Expected::Instant
        | Expected::Code
        | Expected::ChecklistStatus
        | Expected::BundleFormat
        | Expected::BundleEntry
        | Expected::PackageTake
        | Expected::Unspecified => return None,
    })
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
mod tests {
    use super::*;

    #[test]
    fn locale_tags_and_posix_names_are_understood() {
        assert_eq!(Locale::parse("zh_CN.UTF-8"), Some(Locale::ZhHans));
        assert_eq!(Locale::parse("zh-HK"), Some(Locale::ZhHant));
        assert_eq!(Locale::parse("zh-Hant"), Some(Locale::ZhHant));
        assert_eq!(Locale::parse("en_GB.UTF-8"), Some(Locale::En));
        assert_eq!(Locale::parse("fr_FR"), None);
    }

    #[test]
    fn a_gap_is_asked_as_a_question_in_each_language() {
        let e = AppError::NonexistentLocalTime {
            field: "start".into(),
            local: "2026-03-29T02:30".into(),
            zone: "Europe/Berlin".into(),
            earlier: "2026-03-29T01:30".into(),
            later: "2026-03-29T03:30".into(),
        };
        assert_eq!(
            describe(Locale::En, &e),
            "02:30 does not exist on 2026-03-29 in Europe/Berlin — the clocks skip it. 01:30 or 03:30?"
        );
        assert!(describe(Locale::ZhHant, &e).contains("01:30 還是 03:30"));
    }

    #[test]
    fn a_refused_move_names_its_stages_in_words() {
        use crate::codes::StageCodeDto as S;
        let say = |l, r| describe(l, &AppError::MoveRefused(r));
        assert_eq!(
            say(
                Locale::En,
                MoveRefusal::NotInWorkflow {
                    requested: S::SettlementSigned
                }
            ),
            "“Settlement agreement signed” is not a stage of this case’s workflow."
        );
        assert_eq!(
            say(
                Locale::ZhHant,
                MoveRefusal::NotInWorkflow {
                    requested: S::SettlementSigned
                }
            ),
            "「簽署和解協議」不是此案件流程中的階段。"
        );
        assert_eq!(
            say(
                Locale::En,
                MoveRefusal::OutOfOrder {
                    current: S::Closed,
                    expected: None,
                    requested: S::Enforcement
                }
            ),
            "The case is at “Closed”, its last stage; it cannot move to “Enforcement”."
        );
        assert_eq!(
            say(
                Locale::En,
                MoveRefusal::BeforePreviousEvent {
                    date: "2026-01-05".into(),
                    previous: "2026-02-01".into(),
                    previous_stage: Some(S::ArbitrationFiled)
                }
            ),
            "The event date 2026-01-05 is before the previous event (Arbitration filed 2026-02-01)."
        );
        assert_eq!(
            say(
                Locale::En,
                MoveRefusal::BeforePreviousEvent {
                    date: "2026-01-05".into(),
                    previous: "2026-02-01".into(),
                    previous_stage: None
                }
            ),
            "The event date 2026-01-05 is before the previous event (2026-02-01)."
        );
        assert_eq!(
            say(
                Locale::ZhHans,
                MoveRefusal::AfterNextEvent {
                    date: "2026-05-01".into(),
                    next: "2026-04-01".into(),
                    next_stage: S::AnswerFiled
                }
            ),
            "事件日期 2026-05-01 晚于下一事件（提交答辩 2026-04-01）。"
        );
    }

    #[test]
    fn field_errors_name_the_field_in_the_clerks_language() {
        let e = AppError::field("home_zone", crate::error::unknown_zone("Asia/Hong_Kongg"));
        let en = describe(Locale::En, &e);
        assert!(
            en.contains("Home time zone: “Asia/Hong_Kongg” is not a time zone in tz database 20"),
            "{en}"
        );
        assert!(describe(Locale::ZhHans, &e).contains("所在时区：“Asia/Hong_Kongg”不是时区数据库"));
    }
}
