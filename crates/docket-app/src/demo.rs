//! Realistic demo data for a Shenzhen–Hong Kong centre: 40 neutrals with bilingual names and home
//! zones, six rooms (and the built-in online venue), 22 cases (20 across the four arbitration models, two mediations only) and 60 hearings around "today".
//!
//! The data is deterministic for a given date (a small fixed-seed generator picks the variations), so
//! screenshots and tests are reproducible; only the identifiers come from the injected generator.

mod roster;

use crate::clock::IdGenerator;
use docket_domain::case::{Case, CaseModel, CaseStatus};
use docket_domain::hearing::{
    DerivedStart, Facilities, Hearing, HearingKind, HearingStatus, ONLINE_CODE, Site, Venue,
    VenueKind,
};
use docket_domain::id::Id;
use docket_domain::roster::{Neutral, NeutralRoles};
use docket_domain::schedule::{Hours, Participant, ParticipantKind};
use docket_domain::text::Bilingual;
use docket_domain::time::{CivilDate, Disambiguation, TimeError, Zone, ZonedWallTime};
pub use roster::DemoRoster;

/// (English name, Chinese name, roles, nationalities, languages, home zone)
type NeutralRow = (
    &'static str,
    &'static str,
    NeutralRoles,
    &'static str,
    &'static str,
    &'static str,
);

const NEUTRALS: [NeutralRow; 40] = {
    use NeutralRoles::{Arbitrator as A, Both as B, Mediator as M};
    [
        (
            "Chan Ka-wing",
            "陳嘉榮",
            B,
            "HK",
            "yue,en,cmn",
            "Asia/Hong_Kong",
        ),
        (
            "Wong Mei-ling",
            "黃美玲",
            M,
            "HK",
            "yue,en",
            "Asia/Hong_Kong",
        ),
        (
            "Leung Siu-fung",
            "梁兆峰",
            A,
            "HK,GB",
            "en,yue",
            "Asia/Hong_Kong",
        ),
        (
            "Cheung Wai-man",
            "張慧敏",
            B,
            "HK",
            "yue,en,cmn",
            "Asia/Hong_Kong",
        ),
        (
            "Lau Chi-keung",
            "劉志強",
            A,
            "HK",
            "en,yue",
            "Asia/Hong_Kong",
        ),
        ("Ho Wing-sze", "何詠詩", M, "HK", "yue,en", "Asia/Hong_Kong"),
        (
            "Tsang Yuk-lan",
            "曾玉蘭",
            B,
            "HK,CA",
            "en,yue,fr",
            "Asia/Hong_Kong",
        ),
        (
            "Yip Kwok-wah",
            "葉國華",
            A,
            "HK",
            "en,yue,cmn",
            "Asia/Hong_Kong",
        ),
        ("Lam Hoi-yan", "林凱欣", M, "HK", "yue,en", "Asia/Hong_Kong"),
        (
            "Ng Chun-hei",
            "吳俊熙",
            A,
            "HK,AU",
            "en,yue",
            "Asia/Hong_Kong",
        ),
        (
            "Fung Sau-ying",
            "馮秀英",
            B,
            "HK",
            "yue,cmn,en",
            "Asia/Hong_Kong",
        ),
        (
            "Margaret Lee",
            "李瑪嘉烈",
            A,
            "HK,GB",
            "en,yue",
            "Asia/Hong_Kong",
        ),
        ("Zhang Wei", "张伟", A, "CN", "cmn,en", "Asia/Shanghai"),
        ("Li Na", "李娜", B, "CN", "cmn,en", "Asia/Shanghai"),
        ("Wang Jianguo", "王建国", A, "CN", "cmn", "Asia/Shanghai"),
        ("Liu Yang", "刘洋", M, "CN", "cmn,yue", "Asia/Shanghai"),
        ("Chen Jing", "陈静", B, "CN", "cmn,en", "Asia/Shanghai"),
        ("Zhao Lei", "赵磊", A, "CN", "cmn,en,de", "Asia/Shanghai"),
        ("Sun Li", "孙丽", M, "CN", "cmn,yue", "Asia/Shanghai"),
        ("Zhou Ming", "周明", A, "CN", "cmn,en", "Asia/Shanghai"),
        (
            "Wu Xiaohong",
            "吴晓红",
            B,
            "CN",
            "cmn,yue,en",
            "Asia/Shanghai",
        ),
        ("Xu Hao", "徐浩", A, "CN", "cmn,en", "Asia/Shanghai"),
        ("Huang Qiang", "黄强", M, "CN", "cmn,yue", "Asia/Shanghai"),
        (
            "Lin Yuxuan",
            "林雨萱",
            B,
            "CN",
            "cmn,en,pt",
            "Asia/Shanghai",
        ),
        ("Guo Tao", "郭涛", A, "CN", "cmn,en", "Asia/Shanghai"),
        (
            "Deng Zhiyuan",
            "邓志远",
            M,
            "CN",
            "cmn,yue",
            "Asia/Shanghai",
        ),
        (
            "Katharina Vogel",
            "卡塔琳娜·福格尔",
            A,
            "DE",
            "de,en",
            "Europe/Berlin",
        ),
        (
            "Matthias Braun",
            "马蒂亚斯·布劳恩",
            B,
            "DE,AT",
            "de,en,fr",
            "Europe/Berlin",
        ),
        (
            "Ana Beatriz Souza",
            "安娜·贝亚特丽斯·索萨",
            A,
            "BR",
            "pt,en,es",
            "America/Sao_Paulo",
        ),
        (
            "Rafael Oliveira",
            "拉斐尔·奥利维拉",
            B,
            "BR,PT",
            "pt,en",
            "America/Sao_Paulo",
        ),
        (
            "Daniel Goldberg",
            "丹尼尔·戈德堡",
            A,
            "US",
            "en",
            "America/New_York",
        ),
        (
            "Sarah Mitchell",
            "莎拉·米切尔",
            M,
            "US",
            "en,es",
            "America/New_York",
        ),
        (
            "Tan Wei Ming",
            "陈伟明",
            A,
            "SG",
            "en,cmn,ms",
            "Asia/Singapore",
        ),
        (
            "Priya Raman",
            "普丽娅·拉曼",
            B,
            "SG,IN",
            "en,ta",
            "Asia/Singapore",
        ),
        (
            "James Whitfield",
            "詹姆斯·惠特菲尔德",
            A,
            "GB",
            "en,fr",
            "Europe/London",
        ),
        (
            "Claire Dubois",
            "克莱尔·杜布瓦",
            M,
            "FR",
            "fr,en",
            "Europe/Paris",
        ),
        ("Kenji Watanabe", "渡边健二", A, "JP", "ja,en", "Asia/Tokyo"),
        (
            "Olivia Hartley",
            "奥利维娅·哈特利",
            B,
            "AU",
            "en",
            "Australia/Sydney",
        ),
        (
            "Lei Ieng Ian",
            "李瑩茵",
            M,
            "MO,PT",
            "yue,pt,en",
            "Asia/Macau",
        ),
        (
            "Ricardo Almeida",
            "里卡多·阿尔梅达",
            A,
            "PT",
            "pt,en,es",
            "Europe/Lisbon",
        ),
    ]
};

/// (code, English name, Chinese name, site, zone, capacity, facilities, opening hours). Online
/// hearings use the online venue every database has.
type DemoRoom = (
    &'static str,
    &'static str,
    &'static str,
    Site,
    &'static str,
    u32,
    &'static str,
    &'static str,
);
const VENUES: [DemoRoom; 6] = [
    (
        "SZ-QH-1",
        "SCIA Qianhai Hearing Room 1",
        "深圳国际仲裁院 前海第一仲裁庭",
        Site::Shenzhen,
        "Asia/Shanghai",
        30,
        "interpretation_booths,video,evidence_display",
        "09:00-18:00",
    ),
    (
        "SZ-QH-2",
        "SCIA Qianhai Hearing Room 2",
        "深圳国际仲裁院 前海第二仲裁庭",
        Site::Shenzhen,
        "Asia/Shanghai",
        16,
        "video,evidence_display",
        "09:00-18:00",
    ),
    (
        "SZ-FT-M",
        "SCIA Mediation Center, Futian — Room 3",
        "深圳国际仲裁院调解中心（福田）第三调解室",
        Site::Shenzhen,
        "Asia/Shanghai",
        10,
        "video",
        "09:00-18:00",
    ),
    (
        "HK-ES-A",
        "Hearing Room A, Exchange Square, Central",
        "中環交易廣場 A 號聆訊室",
        Site::HongKong,
        "Asia/Hong_Kong",
        40,
        "interpretation_booths,video,evidence_display",
        "09:00-18:00",
    ),
    (
        "HK-ES-B",
        "Hearing Room B, Exchange Square, Central",
        "中環交易廣場 B 號聆訊室",
        Site::HongKong,
        "Asia/Hong_Kong",
        20,
        "video,evidence_display",
        "09:00-18:00",
    ),
    (
        "HK-WC-M",
        "Mediation Suite, Wan Chai",
        "灣仔調解室",
        Site::HongKong,
        "Asia/Hong_Kong",
        8,
        "",
        "09:00-18:00",
    ),
];

/// (claimant EN, respondent EN, claimant ZH, respondent ZH)
/// Two mediations with no arbitration after them, one on each side of the border.
const MEDIATIONS: [(CaseModel, &str, &str, &str); 2] = [
    (
        CaseModel::HkMediation,
        "HKM",
        "Lantau Marine Services Ltd v Cheung Kong Shipping Co",
        "大嶼山海事服務有限公司 訴 長江航運公司",
    ),
    (
        CaseModel::SzMediation,
        "SZM",
        "Nanshan Robotics Co v Bao'an Precision Parts Co",
        "南山机器人有限公司 诉 宝安精密零件有限公司",
    ),
];

const DISPUTES: [(&str, &str, &str, &str); 20] = [
    (
        "Pearl River Shipping Ltd",
        "Qianhai Logistics Co., Ltd.",
        "珠江航运有限公司",
        "前海物流有限公司",
    ),
    (
        "Harbourfront Properties Ltd",
        "Shenzhen Bay Construction Group",
        "海濱置業有限公司",
        "深圳湾建设集团",
    ),
    (
        "Nanshan Semiconductor Co.",
        "Rhein Maschinenbau GmbH",
        "南山半导体有限公司",
        "莱茵机械制造有限公司",
    ),
    (
        "Kowloon Textiles Ltd",
        "São Paulo Comércio S.A.",
        "九龍紡織有限公司",
        "圣保罗贸易股份公司",
    ),
    (
        "Futian Fintech Ltd",
        "Hudson Capital Partners LLC",
        "福田金融科技有限公司",
        "哈德逊资本合伙公司",
    ),
    (
        "Lantau Energy Ltd",
        "Guangming New Energy Co.",
        "大嶼山能源有限公司",
        "光明新能源有限公司",
    ),
    (
        "Bao'an Electronics Co.",
        "Marina Bay Trading Pte Ltd",
        "宝安电子有限公司",
        "滨海湾贸易私人有限公司",
    ),
    (
        "Victoria Peak Hotels Ltd",
        "Longgang Hospitality Group",
        "太平山酒店有限公司",
        "龙岗酒店管理集团",
    ),
    (
        "Shekou Port Services Co.",
        "Tsing Yi Container Terminals Ltd",
        "蛇口港口服务有限公司",
        "青衣貨櫃碼頭有限公司",
    ),
    (
        "Guangzhou Pharma Co.",
        "Berliner Pharma AG",
        "广州制药有限公司",
        "柏林制药股份公司",
    ),
    (
        "Sha Tin Biotech Ltd",
        "Pingshan Medical Devices Co.",
        "沙田生物科技有限公司",
        "坪山医疗器械有限公司",
    ),
    (
        "Dongguan Furniture Mfg Co.",
        "Lisboa Interiores Lda",
        "东莞家具制造有限公司",
        "里斯本室内设计有限公司",
    ),
    (
        "Central Insurance Brokers Ltd",
        "Luohu Trading Co.",
        "中環保險經紀有限公司",
        "罗湖贸易有限公司",
    ),
    (
        "Yantian Cold Chain Co.",
        "Tokyo Foods K.K.",
        "盐田冷链有限公司",
        "东京食品株式会社",
    ),
    (
        "Mong Kok Retail Ltd",
        "Huaqiang Electronics Market Co.",
        "旺角零售有限公司",
        "华强电子市场有限公司",
    ),
    (
        "Qianhai Reinsurance Co.",
        "Thames Underwriting Ltd",
        "前海再保险有限公司",
        "泰晤士承保有限公司",
    ),
    (
        "Tai Po Industrial Estates Ltd",
        "Longhua Precision Tools Co.",
        "大埔工業邨有限公司",
        "龙华精密工具有限公司",
    ),
    (
        "Shenzhen Metro Supplies Co.",
        "Sydney Rail Systems Pty Ltd",
        "深圳地铁物资有限公司",
        "悉尼轨道系统有限公司",
    ),
    (
        "Aberdeen Marine Ltd",
        "Zhuhai Shipyard Co.",
        "香港仔海事有限公司",
        "珠海船厂有限公司",
    ),
    (
        "Cyberport Games Ltd",
        "Nanshan Interactive Co.",
        "數碼港遊戲有限公司",
        "南山互动有限公司",
    ),
];

const HEARING_TIMES: [(u32, u32); 6] = [(9, 30), (10, 0), (11, 0), (14, 0), (14, 30), (16, 0)];
const ONLINE_ZONES: [&str; 4] = [
    "Asia/Hong_Kong",
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Europe/London",
];

/// Everything the demo creates, in insertion order.
#[derive(Debug)]
pub struct DemoData {
    pub neutrals: Vec<Neutral>,
    pub venues: Vec<Venue>,
    pub cases: Vec<Case>,
    pub hearings: Vec<Hearing>,
    /// Who attends each hearing (same order as `hearings`).
    pub participants: Vec<Vec<Participant>>,
    pub roster: roster::DemoRoster,
}

/// A tiny deterministic generator (64-bit LCG): the demo varies, but the same way every time.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % (n.max(1) as u64)).unwrap_or(0)
    }
}

fn id<const K: char>(ids: &dyn IdGenerator) -> Id<K> {
    Id::from_uuid(ids.next_uuid())
}

/// Builds the demo centre around `today` (the clerk's date in Hong Kong); its online hearings are
/// held in `online`, the online venue the database already has.
pub fn build(
    today: CivilDate,
    ids: &dyn IdGenerator,
    online: &Venue,
) -> Result<DemoData, TimeError> {
    let mut rng = Lcg(0x0B4D_0C4E_7000_2026);
    let neutrals = NEUTRALS
        .iter()
        .enumerate()
        .map(|(i, (en, zh, roles, nats, langs, zone))| {
            let base = (
                Bilingual::new(*en, *zh),
                *roles,
                split(nats),
                split(langs),
                zone.parse::<Zone>()?,
                email_for(en),
            );
            let (_, _, mut n) = roster::profile(i, base, today)?;
            n.id = id(ids);
            Ok(n)
        })
        .collect::<Result<Vec<_>, TimeError>>()?;

    let mut venues = VENUES
        .iter()
        .map(|(code, en, zh, site, zone, capacity, facilities, hours)| {
            Ok(Venue {
                id: id(ids),
                code: (*code).to_owned(),
                name: Bilingual::new(*en, *zh),
                kind: VenueKind::Room,
                site: *site,
                zone: zone.parse::<Zone>()?,
                capacity: *capacity,
                facilities: Facilities::from_codes(facilities).unwrap_or_default(),
                hours: Hours::parse(hours),
                retired_on: None,
            })
        })
        .collect::<Result<Vec<_>, TimeError>>()?;
    venues.push(online.clone());

    let mut cases = Vec::with_capacity(DISPUTES.len());
    for (i, (c_en, r_en, c_zh, r_zh)) in DISPUTES.iter().enumerate() {
        let model = CaseModel::WITH_ARBITRATION[i % CaseModel::WITH_ARBITRATION.len()];
        let filed_on = today.add_days(-(20 + (i as i64) * 17 + rng.next(9) as i64))?;
        let year = filed_on.year();
        let reference = match model {
            CaseModel::SciaArbitration => format!("SCIA-{year}-{:04}", 140 + i * 7),
            CaseModel::HkiacArbitration => format!("HKIAC-A{:02}{:03}", year % 100, 12 + i * 5),
            CaseModel::SzMediationHkArbitration => format!("SZM-HKA-{year}-{:03}", 3 + i),
            CaseModel::HkMediationSzArbitration => format!("HKM-SZA-{year}-{:03}", 5 + i),
            CaseModel::HkMediation | CaseModel::SzMediation => format!("MED-{year}-{:03}", i),
        };
        let status = match i {
            17 => CaseStatus::Closed,
            13 => CaseStatus::Suspended,
            _ => CaseStatus::Open,
        };
        let language = match model {
            CaseModel::SciaArbitration | CaseModel::HkMediationSzArbitration if i % 3 != 0 => "zh",
            _ => "en",
        };
        let (currency, millions) = match docket_domain::workflow::arbitration_institution(model) {
            docket_domain::workflow::Institution::Hkiac => ("HKD", [12, 38, 64, 150, 45][i % 5]),
            docket_domain::workflow::Institution::Scia => ("CNY", [6, 9, 24, 80, 3][i % 5]),
        };
        cases.push(Case {
            id: id(ids),
            reference,
            title: Bilingual::new(format!("{c_en} v {r_en}"), format!("{c_zh} 诉 {r_zh}")),
            model,
            status,
            filed_on,
            language: language.to_owned(),
            stage: docket_domain::workflow::stages(model)
                .first()
                .copied()
                .unwrap_or(docket_domain::workflow::Stage::ArbitrationFiled),
            stage_date: filed_on,
            amount_minor: Some(millions * 1_000_000 * 100),
            currency: Some(currency.to_owned()),
            procedure: docket_domain::workflow::Procedure::Ordinary,
        });
    }

    let venue = |code: &str| venues.iter().find(|v| v.code == code);
    let mut hearings = Vec::with_capacity(60);
    for n in 0..60usize {
        let case = &cases[n % cases.len()];
        let round = n / cases.len(); // 0, 1, 2: each case has three sittings
        let (kind, codes): (HearingKind, &[&str]) = match (case.model, round) {
            (CaseModel::SzMediationHkArbitration, 0) => {
                (HearingKind::MediationSession, &["SZ-FT-M"])
            }
            (CaseModel::HkMediationSzArbitration, 0) => {
                (HearingKind::MediationSession, &["HK-WC-M"])
            }
            (CaseModel::SciaArbitration | CaseModel::HkMediationSzArbitration, 1) => {
                (HearingKind::EvidentiaryHearing, &["SZ-QH-1", "SZ-QH-2"])
            }
            (CaseModel::HkiacArbitration | CaseModel::SzMediationHkArbitration, 1) => {
                (HearingKind::EvidentiaryHearing, &["HK-ES-A", "HK-ES-B"])
            }
            (_, 2) if n % 4 == 0 => (HearingKind::AwardDelivery, &[ONLINE_CODE]),
            _ => (HearingKind::ProceduralConference, &[ONLINE_CODE]),
        };
        let Some(v) = venue(codes[rng.next(codes.len())]) else {
            continue;
        };
        // Spread sittings from six weeks ago to four months ahead, on working days.
        let mut date = today.add_days(-42 + (n as i64) * 3 + rng.next(3) as i64)?;
        while date.is_weekend() {
            date = date.add_days(1)?;
        }
        let (hh, mm) = HEARING_TIMES[rng.next(HEARING_TIMES.len())];
        let zone = if v.kind == VenueKind::Online {
            ONLINE_ZONES[rng.next(ONLINE_ZONES.len())].parse::<Zone>()?
        } else {
            v.zone
        };
        let start = ZonedWallTime::new(date.at(hh, mm)?, zone);
        let derived = DerivedStart::derive(&start, Disambiguation::Compatible)?;
        let duration_minutes = match kind {
            HearingKind::EvidentiaryHearing => 360,
            HearingKind::MediationSession => 180,
            HearingKind::AwardDelivery => 30,
            _ => 90,
        };
        let status = if date < today {
            HearingStatus::Confirmed
        } else {
            match rng.next(10) {
                0 => HearingStatus::Postponed,
                1 => HearingStatus::Cancelled,
                2..=4 => HearingStatus::Tentative,
                _ => HearingStatus::Confirmed,
            }
        };
        let hid = id(ids);
        hearings.push(Hearing {
            id: hid,
            case_id: case.id,
            kind,
            venue_id: v.id,
            start,
            duration_minutes,
            derived,
            status,
            ical_uid: format!("{hid}@bay-docket"),
            sequence: 0,
        });
    }

    let roster = roster::build(&cases, &neutrals, &DISPUTES, today, ids)?;
    // Each sitting is attended by the neutrals appointed to its case, in their own zones.
    let participants = hearings
        .iter()
        .map(|h| {
            roster
                .appointments
                .iter()
                .filter(|a| a.case_id == h.case_id && a.ended_on.is_none())
                .filter_map(|a| neutrals.iter().find(|n| n.id == a.neutral_id))
                .map(|n| Participant {
                    kind: ParticipantKind::Neutral,
                    key: format!("neutral:{}", n.id),
                    name: n.name.clone(),
                    zone: n.home_zone,
                    hours: Hours::ACCEPTABLE,
                })
                .collect()
        })
        .collect();
    for (i, (model, reference, en, zh)) in MEDIATIONS.iter().enumerate() {
        let filed_on = today.add_days(-(9 + 23 * i as i64))?;
        cases.push(Case {
            id: id(ids),
            reference: format!("{reference}-{}-{:03}", filed_on.year(), 31 + 16 * i),
            title: Bilingual::new(*en, *zh),
            model: *model,
            status: CaseStatus::Open,
            filed_on,
            language: if i == 0 { "en" } else { "zh" }.to_owned(),
            stage: docket_domain::workflow::Stage::MediationRequested,
            stage_date: filed_on,
            amount_minor: None,
            currency: None,
            procedure: docket_domain::workflow::Procedure::Ordinary,
        });
    }
    Ok(DemoData {
        neutrals,
        venues,
        cases,
        hearings,
        participants,
        roster,
    })
}

fn split(s: &str) -> Vec<String> {
    s.split(',').map(str::to_owned).collect()
}

fn email_for(name: &str) -> String {
    let local: String = name
        .chars()
        .filter_map(|c| match c {
            ' ' | '-' => Some('.'),
            c if c.is_ascii_alphabetic() => Some(c.to_ascii_lowercase()),
            'ã' | 'á' => Some('a'),
            _ => None,
        })
        .collect();
    format!("{local}@chambers.example")
}

#[cfg(test)]
mod tests;
