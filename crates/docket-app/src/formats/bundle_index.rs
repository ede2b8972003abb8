//! The hearing bundle index as a printable HTML page (A4, page numbers, running header, print it to
//! PDF from any browser or the system's print dialog) and as CSV, in English, Chinese or both.

use crate::Locale;
use crate::dto::PrepDto;
use docket_domain::case::Case;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Column headings: (tab, document, pages, confidential) in the requested language(s).
fn headings(lang: &str) -> [String; 4] {
    let en = ["Tab", "Document", "Pages", "Confidential (Cap 620)"];
    let zh = ["分册", "文件", "页码", "保密（第620章）"];
    let pick = |i: usize| match lang {
        "zh" => zh[i].to_owned(),
        "both" => format!("{} {}", en[i], zh[i]),
        _ => en[i].to_owned(),
    };
    [pick(0), pick(1), pick(2), pick(3)]
}

fn title(case: &Case, lang: &str) -> String {
    match lang {
        "zh" => format!("{} 庭审文件册索引", case.reference),
        "both" => format!("{} Hearing bundle index 庭审文件册索引", case.reference),
        _ => format!("{} Hearing bundle index", case.reference),
    }
}

fn case_title(case: &Case, lang: &str) -> String {
    match lang {
        "zh" => case.title.display(true).to_owned(),
        "both" if !case.title.zh.is_empty() && !case.title.en.is_empty() => {
            format!("{} / {}", case.title.en, case.title.zh)
        }
        _ => case.title.display(false).to_owned(),
    }
}

fn yes(lang: &str) -> &'static str {
    match lang {
        "zh" => "是",
        "both" => "Yes 是",
        _ => "Yes",
    }
}

/// CSV (UTF-8 with a byte-order mark so spreadsheet programs read the Chinese correctly), every cell
/// through [`crate::formats::csv::cell`].
pub(crate) fn csv(case: &Case, prep: &PrepDto, lang: &str) -> String {
    let h = headings(lang);
    let mut out = String::from("\u{feff}");
    out.push_str(&crate::formats::csv::row(&h));
    for e in &prep.bundle {
        let pages = if e.first_page == e.last_page {
            e.first_page.to_string()
        } else {
            format!("{}-{}", e.first_page, e.last_page)
        };
        // Every cell goes through the one neutralising writer: a title such as `=cmd|…` is text.
        out.push_str(&crate::formats::csv::row(&[
            e.tab.as_str(),
            e.title.as_str(),
            pages.as_str(),
            if e.confidential { yes(lang) } else { "" },
        ]));
    }
    let _ = case;
    out
}

/// A self-contained, printable HTML page.
pub(crate) fn html(case: &Case, prep: &PrepDto, lang: &str, _ui: Locale) -> String {
    let h = headings(lang);
    let html_lang = if lang == "zh" { "zh" } else { "en" };
    let mut rows = String::new();
    let mut last_tab: Option<&str> = None;
    for e in &prep.bundle {
        if last_tab != Some(e.tab.as_str()) {
            rows.push_str(&format!(
                "<tr class=\"tab\"><th colspan=\"4\">{}</th></tr>\n",
                esc(&e.tab)
            ));
            last_tab = Some(e.tab.as_str());
        }
        let pages = if e.first_page == e.last_page {
            e.first_page.to_string()
        } else {
            format!("{}–{}", e.first_page, e.last_page)
        };
        rows.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>\n",
            esc(&e.tab),
            esc(&e.title),
            pages,
            if e.confidential { yes(lang) } else { "" }
        ));
    }
    let total = match lang {
        "zh" => format!("共 {} 页", prep.bundle_pages),
        "both" => format!(
            "{} pages in all · 共 {} 页",
            prep.bundle_pages, prep.bundle_pages
        ),
        _ => format!("{} pages in all", prep.bundle_pages),
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n<style>\n\
@page {{ size: A4; margin: 20mm 18mm; @bottom-center {{ content: counter(page) \" / \" counter(pages); }} }}\n\
body {{ font-family: \"Noto Sans CJK SC\", \"Noto Sans\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif; font-size: 11pt; color: #111; }}\n\
h1 {{ font-size: 15pt; margin: 0 0 2mm; }} p.sub {{ margin: 0 0 6mm; color: #444; }}\n\
table {{ width: 100%; border-collapse: collapse; }} th, td {{ border-bottom: 0.3mm solid #bbb; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }}\n\
thead th {{ border-bottom: 0.6mm solid #111; }} thead {{ display: table-header-group; }} tr {{ page-break-inside: avoid; }}\n\
tr.tab th {{ background: #eef2f6; }} td.num {{ text-align: right; white-space: nowrap; }}\n\
</style>\n</head>\n<body>\n<h1>{t}</h1>\n<p class=\"sub\">{ct} · {total}</p>\n<table>\n<thead><tr><th>{h0}</th><th>{h1}</th><th>{h2}</th><th>{h3}</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n</body>\n</html>\n",
        t = esc(&title(case, lang)),
        ct = esc(&case_title(case, lang)),
        h0 = esc(&h[0]),
        h1 = esc(&h[1]),
        h2 = esc(&h[2]),
        h3 = esc(&h[3]),
    )
}
