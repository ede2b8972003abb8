//! Timed phases: each prints its duration as it ends, a summary closes the run, and test phases add
//! their counts to one closing `N passed, N failed` line.

use anyhow::{Context, Result, bail};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Default)]
pub struct Phases {
    done: Vec<(String, Duration)>,
    passed: u64,
    failed: u64,
    started: Option<Instant>,
}

/// How many tests a phase ran.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub passed: u64,
    pub failed: u64,
}

impl Phases {
    pub fn new() -> Self {
        Self {
            started: Some(Instant::now()),
            ..Self::default()
        }
    }

    pub fn run(&mut self, name: &str, f: impl FnOnce() -> Result<()>) -> Result<()> {
        self.run_counted(name, || f().map(|()| Counts::default()))
    }

    pub fn run_counted(&mut self, name: &str, f: impl FnOnce() -> Result<Counts>) -> Result<()> {
        println!("\n==> {name}");
        let t = Instant::now();
        let result = f();
        let took = t.elapsed();
        println!("<== {name}: {}", fmt(took));
        self.done.push((name.to_owned(), took));
        let counts = result.with_context(|| format!("phase `{name}` failed"))?;
        self.passed += counts.passed;
        self.failed += counts.failed;
        Ok(())
    }

    pub fn summary(&self) {
        println!("\nPhase times:");
        for (name, took) in &self.done {
            println!("  {:>8}  {name}", fmt(*took));
        }
        if let Some(s) = self.started {
            println!("  {:>8}  total", fmt(s.elapsed()));
        }
    }

    /// Prints the summary and the closing count; fails if any test failed.
    pub fn finish(self) -> Result<()> {
        self.summary();
        if self.passed + self.failed > 0 {
            println!("\ntests: {} passed, {} failed", self.passed, self.failed);
        }
        if self.failed > 0 {
            bail!("{} test(s) failed", self.failed);
        }
        Ok(())
    }
}

fn fmt(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 60.0 {
        format!("{}m{:02}s", (s / 60.0).floor(), (s % 60.0).round())
    } else {
        format!("{s:.1}s")
    }
}

/// Runs a test command, echoing its output, and counts the tests it reports.
pub fn counted(dir: &Path, program: &str, args: &[&str]) -> Result<Counts> {
    counted_env(dir, program, args, &[])
}

pub fn counted_env(
    dir: &Path,
    program: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<Counts> {
    let mut child = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir)
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start {program}"))?;
    let mut counts = Counts::default();
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines() {
            let line = line?;
            println!("{line}");
            let c = parse_counts(&line);
            counts.passed += c.passed;
            counts.failed += c.failed;
        }
    }
    let status = child.wait()?;
    if !status.success() {
        bail!("`{program} {}` failed ({status})", args.join(" "));
    }
    Ok(counts)
}

/// Reads the summary lines of cargo test (`test result: ok. 12 passed; 0 failed; ...`), vitest
/// (`Tests  14 passed (14)` or `Tests  1 failed | 13 passed (14)`) and our e2e runner
/// (`e2e: 7 passed, 0 failed`), and the iCalendar interop check (`interop: 7 passed, 0 failed`).
fn parse_counts(line: &str) -> Counts {
    let plain = strip_ansi(line);
    let t = plain.trim();
    let number_before = |word: &str| -> u64 {
        let words: Vec<&str> = t
            .split(|c: char| c.is_whitespace() || c == ';' || c == ',' || c == '|')
            .filter(|w| !w.is_empty())
            .collect();
        words
            .windows(2)
            .find(|w| w[1] == word)
            .and_then(|w| w[0].parse().ok())
            .unwrap_or(0)
    };
    if t.starts_with("test result:")
        || t.starts_with("Tests ")
        || t.starts_with("e2e:")
        || t.starts_with("interop:")
    {
        Counts {
            passed: number_before("passed"),
            failed: number_before("failed"),
        }
    } else {
        Counts::default()
    }
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse_counts;

    #[test]
    fn reads_each_runners_summary() {
        let c = parse_counts("test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured");
        assert_eq!((c.passed, c.failed), (12, 0));
        let c = parse_counts("      Tests  1 failed | 13 passed (14)");
        assert_eq!((c.passed, c.failed), (13, 1));
        let c = parse_counts("e2e: 7 passed, 0 failed");
        assert_eq!((c.passed, c.failed), (7, 0));
        let c = parse_counts(
            "\u{1b}[2m      Tests \u{1b}[22m \u{1b}[1m\u{1b}[32m14 passed\u{1b}[39m\u{1b}[22m (14)",
        );
        assert_eq!((c.passed, c.failed), (14, 0));
    }
}
