//! A holiday list that cannot be imported, in words: the problem, the line, and the years involved.

use super::*;

pub(super) fn calendar_name(l: Locale, c: crate::dto::CalendarDto) -> &'static str {
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
