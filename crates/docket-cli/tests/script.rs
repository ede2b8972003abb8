//! The human output of the command line on the demo centre, in both Chinese interfaces: no character
//! of the other script (OpenCC's tables, `docket_app::script::wrong_script`) and no snake_case code.

// Test code: a failed unwrap is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::*;
use docket_app::Locale;
use docket_app::script::{codes_in, wrong_script};

const COMMANDS: &[&[&str]] = &[
    &["cases", "list"],
    &["deadline", "list"],
    &["neutrals", "list"],
    &["hearings", "list"],
    &["limits", "list"],
];

#[test]
fn the_demo_reads_in_each_chinese_script_without_codes() {
    let (_dir, db) = centre();
    ok(docket(&db, &["demo", "load"]));
    let mut problems = Vec::new();
    for (l, tag) in [(Locale::ZhHant, "zh-Hant"), (Locale::ZhHans, "zh-Hans")] {
        for command in COMMANDS {
            let mut args = vec!["--lang", tag];
            args.extend_from_slice(command);
            let out = ok(docket(&db, &args));
            assert!(out.lines().count() > 1, "{tag} {command:?} printed nothing");
            for line in out.lines() {
                let wrong = wrong_script(l, line);
                if !wrong.is_empty() {
                    problems.push(format!("{tag} {command:?}: {wrong:?} in “{line}”"));
                }
                let codes = codes_in(line);
                if !codes.is_empty() {
                    problems.push(format!("{tag} {command:?}: {codes:?} in “{line}”"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
