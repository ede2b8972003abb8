//! `docket venues`: the rooms and the online venue hearings are booked in — list, add, edit, retire.
//! Its arguments and its handler live here together.

use crate::table;
use clap::{Args, Subcommand};
use docket_app::dto::{FacilityDto, SiteDto, VenueDto, VenueInputDto, VenueKindDto};
use docket_app::{App, AppError, Locale};

#[derive(Debug, Subcommand)]
pub enum VenuesCommand {
    /// The rooms and venues still taking bookings (with --all, the retired ones too).
    List {
        /// Include retired rooms.
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Add a room (or, with --online, another online venue).
    Add {
        /// A short code such as HK-ES-C: letters, digits, -, _ and ., unique.
        #[arg(long)]
        code: String,
        #[command(flatten)]
        fields: VenueFields,
        #[arg(long)]
        json: bool,
    },
    /// Change a room's names, site, zone, capacity, facilities or hours (its code stays).
    Edit {
        code: String,
        #[command(flatten)]
        fields: VenueFields,
        /// Remove every facility (before any --facility given here).
        #[arg(long)]
        no_facilities: bool,
        /// Forget the opening hours.
        #[arg(long, conflicts_with_all = ["opens", "closes"])]
        no_hours: bool,
        #[arg(long)]
        json: bool,
    },
    /// Retire a room from today: it keeps its past hearings and takes no new bookings.
    Retire {
        code: String,
        #[arg(long)]
        json: bool,
    },
}

/// What `add` and `edit` set; `edit` keeps what is not given.
#[derive(Debug, Args)]
pub struct VenueFields {
    #[arg(long)]
    pub name_en: Option<String>,
    #[arg(long)]
    pub name_zh: Option<String>,
    /// hk, sz or other.
    #[arg(long)]
    pub site: Option<String>,
    /// IANA zone, e.g. Europe/London (default for hk and sz: Asia/Hong_Kong, Asia/Shanghai).
    #[arg(long)]
    pub zone: Option<String>,
    /// People the room holds, 1 to 1000.
    #[arg(long)]
    pub capacity: Option<i64>,
    /// interpretation-booths, video or evidence-display; repeat.
    #[arg(long = "facility")]
    pub facilities: Vec<String>,
    /// Opening time HH:MM, local (with --closes).
    #[arg(long, requires = "closes")]
    pub opens: Option<String>,
    /// Closing time HH:MM, local (with --opens).
    #[arg(long, requires = "opens")]
    pub closes: Option<String>,
    /// An online venue (hearings choose their own zone) rather than a room.
    #[arg(long)]
    pub online: bool,
}

/// The zone a site implies when none is given.
fn site_zone(site: &str) -> Option<&'static str> {
    match site.trim().to_ascii_lowercase().as_str() {
        "hk" | "hong_kong" => Some("Asia/Hong_Kong"),
        "sz" | "shenzhen" => Some("Asia/Shanghai"),
        _ => None,
    }
}

fn site_code(s: SiteDto) -> &'static str {
    match s {
        SiteDto::HongKong => "hong_kong",
        SiteDto::Shenzhen => "shenzhen",
        SiteDto::Other => "other",
    }
}

fn facility_code(f: FacilityDto) -> &'static str {
    match f {
        FacilityDto::InterpretationBooths => "interpretation_booths",
        FacilityDto::Video => "video",
        FacilityDto::EvidenceDisplay => "evidence_display",
    }
}

/// What the clerk typed for a new venue.
fn new_input(code: String, f: VenueFields) -> VenueInputDto {
    let site = f.site.unwrap_or_default();
    VenueInputDto {
        code,
        name_en: f.name_en.unwrap_or_default(),
        name_zh: f.name_zh.unwrap_or_default(),
        kind: if f.online { "online" } else { "room" }.into(),
        zone: f
            .zone
            .or_else(|| site_zone(&site).map(str::to_owned))
            .unwrap_or_default(),
        site,
        capacity: f.capacity.unwrap_or(0),
        facilities: f.facilities,
        opens: f.opens,
        closes: f.closes,
    }
}

/// The venue as it is, with what the clerk gave replacing it.
fn edited_input(
    current: &VenueDto,
    f: VenueFields,
    no_facilities: bool,
    no_hours: bool,
) -> VenueInputDto {
    let site = f.site.unwrap_or_else(|| site_code(current.site).to_owned());
    // A move to Hong Kong or Shenzhen takes that side's zone unless one is given.
    let zone = f
        .zone
        .or_else(|| {
            (site_code(current.site) != site)
                .then(|| site_zone(&site).map(str::to_owned))
                .flatten()
        })
        .unwrap_or_else(|| current.zone.clone());
    let mut facilities: Vec<String> = if no_facilities {
        Vec::new()
    } else if f.facilities.is_empty() {
        current
            .facilities
            .iter()
            .map(|x| facility_code(*x).to_owned())
            .collect()
    } else {
        Vec::new()
    };
    facilities.extend(f.facilities);
    let (opens, closes) = match (no_hours, f.opens, f.closes) {
        (true, _, _) => (None, None),
        (false, Some(a), Some(b)) => (Some(a), Some(b)),
        _ => (current.opens.clone(), current.closes.clone()),
    };
    VenueInputDto {
        code: current.code.clone(),
        name_en: f.name_en.unwrap_or_else(|| current.name.en.clone()),
        name_zh: f.name_zh.unwrap_or_else(|| current.name.zh.clone()),
        kind: if f.online {
            "online"
        } else {
            match current.kind {
                VenueKindDto::Room => "room",
                VenueKindDto::Online => "online",
            }
        }
        .into(),
        site,
        zone,
        capacity: f.capacity.unwrap_or(i64::from(current.capacity)),
        facilities,
        opens,
        closes,
    }
}

fn site_label(l: Locale, s: SiteDto) -> &'static str {
    match s {
        SiteDto::HongKong => l.pick("Hong Kong", "香港", "香港"),
        SiteDto::Shenzhen => l.pick("Shenzhen", "深圳", "深圳"),
        SiteDto::Other => l.pick("other city", "其他城市", "其他城市"),
    }
}

fn kind_label(l: Locale, v: &VenueDto) -> String {
    match v.kind {
        VenueKindDto::Online => l.pick("online", "在线", "網上").to_owned(),
        VenueKindDto::Room => match l {
            Locale::En => format!("room, {}", site_label(l, v.site)),
            Locale::ZhHans => format!("房间（{}）", site_label(l, v.site)),
            Locale::ZhHant => format!("房間（{}）", site_label(l, v.site)),
        },
    }
}

fn facility_label(l: Locale, f: FacilityDto) -> &'static str {
    match f {
        FacilityDto::InterpretationBooths => l.pick("interpretation booths", "传译间", "傳譯室"),
        FacilityDto::Video => l.pick("video", "视像", "視像"),
        FacilityDto::EvidenceDisplay => l.pick("evidence display", "证据展示", "證據展示"),
    }
}

/// The venue's name in the clerk's language, or its other name when it has only one.
fn name(l: Locale, v: &VenueDto) -> String {
    let shown = table::term(l, &v.name);
    if shown.trim().is_empty() {
        if v.name.en.is_empty() {
            v.name.zh.clone()
        } else {
            v.name.en.clone()
        }
    } else {
        shown
    }
}

fn hours(v: &VenueDto) -> String {
    match (&v.opens, &v.closes) {
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => "—".to_owned(),
    }
}

fn list_table(l: Locale, list: &[VenueDto]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|v| {
            vec![
                v.code.clone(),
                name(l, v),
                kind_label(l, v),
                v.zone.clone(),
                v.capacity.to_string(),
                v.facilities
                    .iter()
                    .map(|f| facility_label(l, *f))
                    .collect::<Vec<_>>()
                    .join(l.pick(", ", "、", "、")),
                hours(v),
                v.retired_on.clone().unwrap_or_default(),
            ]
        })
        .collect();
    table::print(
        &[
            l.pick("Code", "代码", "代碼"),
            l.pick("Name", "名称", "名稱"),
            l.pick("Kind", "类型", "類型"),
            l.pick("Zone", "时区", "時區"),
            l.pick("Capacity", "容纳人数", "容納人數"),
            l.pick("Facilities", "设施", "設施"),
            l.pick("Hours", "开放时间", "開放時間"),
            l.pick("Retired", "停用日期", "停用日期"),
        ],
        &rows,
    );
}

fn one_line(l: Locale, v: &VenueDto) {
    crate::output::emit(&format!(
        "{} · {} · {} · {} · {} {} · {}",
        v.code,
        name(l, v),
        kind_label(l, v),
        v.zone,
        v.capacity,
        l.pick("people", "人", "人"),
        hours(v)
    ));
}

/// The venue with this code, retired or not.
fn current(app: &App, code: &str) -> Result<VenueDto, AppError> {
    app.list_venues(true)?
        .into_iter()
        .find(|v| v.code.eq_ignore_ascii_case(code.trim()))
        .ok_or_else(|| AppError::NotFound {
            entity: docket_app::Entity::Venue,
            key: code.trim().to_owned(),
        })
}

pub fn venues(app: &mut App, l: Locale, command: VenuesCommand) -> Result<(), AppError> {
    match command {
        VenuesCommand::List { all, json } => {
            let list = app.list_venues(all)?;
            crate::output::render(json, &list, |list| list_table(l, list))
        }
        VenuesCommand::Add { code, fields, json } => {
            let v = app.create_venue(&new_input(code, fields))?;
            crate::output::render(json, &v, |v| one_line(l, v))
        }
        VenuesCommand::Edit {
            code,
            fields,
            no_facilities,
            no_hours,
            json,
        } => {
            let before = current(app, &code)?;
            let v = app.update_venue(
                &before.code,
                &edited_input(&before, fields, no_facilities, no_hours),
            )?;
            crate::output::render(json, &v, |v| one_line(l, v))
        }
        VenuesCommand::Retire { code, json } => {
            let v = app.retire_venue(&code)?;
            crate::output::render(json, &v, |v| {
                let since = v.retired_on.clone().unwrap_or_default();
                crate::output::emit(&match l {
                    Locale::En => format!(
                        "{} is retired from {since}: it keeps its past hearings and takes no new bookings.",
                        v.code
                    ),
                    Locale::ZhHans => {
                        format!(
                            "{} 自 {since} 起停用：保留过往庭审，不再接受新的预订。",
                            v.code
                        )
                    }
                    Locale::ZhHant => {
                        format!(
                            "{} 自 {since} 起停用：保留過往聆訊，不再接受新的預訂。",
                            v.code
                        )
                    }
                })
            })
        }
    }
}
