// Screen text for the clerk's name (asked at first start, kept in Settings) and the case history
// that names who made each change.

export const clerkEn = {
  'clerk.name': 'Your name',
  'clerk.hint': 'Recorded with every change you make and shown in each case’s history.',
  'clerk.placeholder': 'e.g. Chan Mei',
  'clerk.save': 'Save name',
  'clerk.saved': 'Your name is saved: changes from now on are recorded as made by {name}.',
  'clerk.firstStart': 'Recommended: each case’s history shows who made every change. You can change it later in Settings.',
  'history.empty': 'Nothing recorded yet.',
  'setup.title': 'Setting up your centre',
  'setup.body': 'Three steps make the centre ready for its first hearing; each is done when its list holds something.',
  'setup.rooms': 'Add your hearing rooms (the online venue is already there)',
  'setup.neutrals': 'Add the mediators and arbitrators on your panel',
  'setup.case': 'Open the first case',
  'setup.go': 'Go',
  'setup.done': 'Done',
} as const;

type Keys = keyof typeof clerkEn;

export const clerkHans: Record<Keys, string> = {
  'clerk.name': '您的姓名',
  'clerk.hint': '您作出的每项修改都会记下这个姓名，并显示在案件的变更记录中。',
  'clerk.placeholder': '例如：陈美',
  'clerk.save': '保存姓名',
  'clerk.saved': '姓名已保存：此后的修改将记为{name}所作。',
  'clerk.firstStart': '建议填写：案件的变更记录会显示每项修改由谁作出。之后可在“设置”中更改。',
  'history.empty': '尚无记录。',
  'setup.title': '设置您的中心',
  'setup.body': '完成以下三步，中心即可安排第一场庭审；每一步在其列表有内容后即告完成。',
  'setup.rooms': '添加庭审房间（在线场地已预设）',
  'setup.neutrals': '添加名册上的调解员及仲裁员',
  'setup.case': '开立第一宗案件',
  'setup.go': '前往',
  'setup.done': '已完成',
};

export const clerkHant: Record<Keys, string> = {
  'clerk.name': '您的姓名',
  'clerk.hint': '您作出的每項修改都會記下這個姓名，並顯示在案件的變更記錄中。',
  'clerk.placeholder': '例如：陳美',
  'clerk.save': '儲存姓名',
  'clerk.saved': '姓名已儲存：此後的修改將記為{name}所作。',
  'clerk.firstStart': '建議填寫：案件的變更記錄會顯示每項修改由誰作出。之後可在「設定」中更改。',
  'history.empty': '尚無記錄。',
  'setup.title': '設定您的中心',
  'setup.body': '完成以下三步，中心即可安排第一場聆訊；每一步在其列表有內容後即告完成。',
  'setup.rooms': '新增聆訊室（網上場地已預設）',
  'setup.neutrals': '新增名冊上的調解員及仲裁員',
  'setup.case': '開立第一宗案件',
  'setup.go': '前往',
  'setup.done': '已完成',
};
