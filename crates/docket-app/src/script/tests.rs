//! The converters on the names the data holds, and the UI's catalogues checked for characters of the
//! other script and for codes.

use super::*;
use std::path::Path;

#[track_caller]
fn check(l: Locale, text: &str, expected: &str) {
    assert_eq!(chinese(l, text), expected);
}

#[test]
fn names_held_in_one_script_read_in_the_other() {
    // Mainland holiday, SCIA rules and time limits, held in Simplified.
    check(Locale::ZhHant, "春节", "春節");
    check(Locale::ZhHant, "内地民事诉讼期间", "內地民事訴訟期間");
    check(Locale::ZhHant, "仲裁申请已受理", "仲裁申請已受理");
    check(
        Locale::ZhHant,
        "深圳国际仲裁院仲裁规则",
        "深圳國際仲裁院仲裁規則",
    );
    // HKIAC rules and Hong Kong holidays, held in Traditional.
    check(
        Locale::ZhHans,
        "香港國際仲裁中心機構仲裁規則",
        "香港国际仲裁中心机构仲裁规则",
    );
    check(Locale::ZhHans, "復活節星期一", "复活节星期一");
    // Text already in the reader's script is left as it is.
    check(
        Locale::ZhHant,
        "香港國際仲裁中心機構仲裁規則",
        "香港國際仲裁中心機構仲裁規則",
    );
    check(Locale::ZhHant, "復活節星期一", "復活節星期一");
    check(Locale::ZhHans, "仲裁申请已受理", "仲裁申请已受理");
    check(Locale::En, "春节", "春节");
}

#[test]
fn a_bilingual_name_is_shown_in_the_readers_script() {
    let b = Bilingual::new("Spring Festival", "春节");
    assert_eq!(name(Locale::ZhHant, &b), "春節");
    assert_eq!(name(Locale::ZhHans, &b), "春节");
    assert_eq!(name(Locale::En, &b), "Spring Festival");
    let only_en = Bilingual::new("Acme v. Beta", "");
    assert_eq!(name(Locale::ZhHant, &only_en), "Acme v. Beta");
    let only_zh = Bilingual::new("", "华南贸易");
    assert_eq!(name(Locale::En, &only_zh), "华南贸易");
    assert_eq!(name(Locale::ZhHant, &only_zh), "華南貿易");
}

#[test]
fn the_check_finds_characters_of_the_other_script_and_codes() {
    assert_eq!(wrong_script(Locale::ZhHant, "聆訊已确认"), vec!['确', '认']);
    assert_eq!(wrong_script(Locale::ZhHans, "庭审已確認"), vec!['確', '認']);
    assert!(wrong_script(Locale::ZhHant, "公里").is_empty());
    assert_eq!(codes_in("期限 answer_due 已过"), vec!["answer_due"]);
    assert!(codes_in("{case_ref} 的期限 HK-2026-001").is_empty());
}

/// The string literals of a catalogue file's tables, each with the table's name and whether it is a
/// key (followed by `:`).
fn literals(source: &str) -> Vec<(String, String, bool)> {
    let mut out = Vec::new();
    let mut table = String::new();
    for line in source.lines() {
        if let Some(rest) = line
            .strip_prefix("export const ")
            .or_else(|| line.strip_prefix("const "))
        {
            table = rest
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default()
                .to_owned();
        }
        let mut chars = line.char_indices().peekable();
        while let Some((_, c)) = chars.next() {
            if c == '/' && chars.peek().is_some_and(|(_, n)| *n == '/') {
                break;
            }
            if c != '\'' {
                continue;
            }
            let mut text = String::new();
            let mut end = line.len();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => {
                        if let Some((_, n)) = chars.next() {
                            text.push(n);
                        }
                    }
                    '\'' => {
                        end = i + 1;
                        break;
                    }
                    c => text.push(c),
                }
            }
            let key = line[end..].trim_start().starts_with(':');
            out.push((table.clone(), text, key));
        }
    }
    out
}

#[test]
fn the_ui_catalogues_are_in_the_right_script_and_show_no_codes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/i18n");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().into_owned();
            n.starts_with("catalogue") && n.ends_with(".ts") && !n.contains(".test.")
        })
        .collect();
    files.sort();
    assert!(
        files.len() > 10,
        "catalogues not found in {}",
        dir.display()
    );
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        let short = file.file_name().unwrap().to_string_lossy().into_owned();
        for (table, text, key) in literals(&source) {
            if key {
                continue;
            }
            let l = if table.ends_with("Hans") {
                Locale::ZhHans
            } else if table.ends_with("Hant") {
                Locale::ZhHant
            } else {
                Locale::En
            };
            checked += 1;
            let wrong = wrong_script(l, &text);
            if !wrong.is_empty() {
                problems.push(format!("{short} {table}: {wrong:?} in “{text}”"));
            }
            let codes = codes_in(&text);
            if !codes.is_empty() {
                problems.push(format!("{short} {table}: codes {codes:?} in “{text}”"));
            }
        }
    }
    assert!(checked > 1000, "only {checked} strings read");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Each text in the reader's script and without codes; a problem per text otherwise.
fn problems_in(l: Locale, what: &str, texts: &[String], problems: &mut Vec<String>) {
    for text in texts {
        let wrong = wrong_script(l, text);
        if !wrong.is_empty() {
            problems.push(format!("{l:?} {what}: {wrong:?} in “{text}”"));
        }
        let codes = codes_in(text);
        if !codes.is_empty() {
            problems.push(format!("{l:?} {what}: codes {codes:?} in “{text}”"));
        }
    }
}

#[test]
fn the_sentences_rust_writes_for_the_demo_are_in_the_readers_script() {
    use crate::error::{AppError, Entity};
    let mut app = crate::testing::demo();
    let mut problems = Vec::new();
    let mut checked = 0;
    for l in Locale::ALL {
        app.use_locale_for_session(l);
        let errors = [
            AppError::NotFound {
                entity: Entity::Case,
                key: "HK-404".to_owned(),
            },
            AppError::Interrupted {
                detail: String::new(),
            },
        ];
        let sentences: Vec<String> = errors.iter().map(|e| crate::i18n::describe(l, e)).collect();
        problems_in(l, "error", &sentences, &mut problems);
        for case in app.list_cases().unwrap() {
            let detail = app.case_detail(&case.reference).unwrap();
            let mut texts = vec![case.title.shown(l).to_owned(), case.stage_label.clone()];
            if let Some(rules) = &detail.rules {
                texts.push(rules.name.shown(l).to_owned());
            }
            texts.extend(detail.audit.iter().map(|a| a.sentence.clone()));
            for d in &detail.deadlines {
                texts.push(d.name.shown(l).to_owned());
                texts.extend(d.steps.iter().map(|s| s.text.clone()));
            }
            checked += texts.len();
            problems_in(l, &case.reference, &texts, &mut problems);
        }
    }
    assert!(checked > 300, "only {checked} sentences read");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
