// Screen text for the pickers: the time-zone picker every zone field uses, and the date and
// date-time fields.

export const pickersEn = {
  'zone.placeholder': 'City, country or zone',
  'zone.none': 'No time zone matches “{query}”.',
  'zone.offset': 'UTC{offset}',
  'zone.more': '{n} more: type to narrow the list.',
  'zone.unknown': '{zone} (not in the tz rules in force)',
  'zone.list': 'Time zones',
} as const;

type Keys = keyof typeof pickersEn;

export const pickersHans: Record<Keys, string> = {
  'zone.placeholder': '城市、国家或时区',
  'zone.none': '没有与“{query}”相符的时区。',
  'zone.offset': 'UTC{offset}',
  'zone.more': '另有 {n} 项：继续输入以缩小范围。',
  'zone.unknown': '{zone}（不在现行时区规则中）',
  'zone.list': '时区',
};

export const pickersHant: Record<Keys, string> = {
  'zone.placeholder': '城市、國家或時區',
  'zone.none': '沒有與「{query}」相符的時區。',
  'zone.offset': 'UTC{offset}',
  'zone.more': '另有 {n} 項：繼續輸入以縮小範圍。',
  'zone.unknown': '{zone}（不在現行時區規則中）',
  'zone.list': '時區',
};
