// Screen text for correcting and removing documents, removing a neutral from the roster (with their
// history), and restoring any removed record. 'records.answer' shows a sentence Rust already wrote
// in the clerk's language.

export const docsEn = {
  'docs.edit': 'Edit',
  'docs.editTitle': 'Correct “{title}”',
  'docs.tagsHint': 'separated by commas',
  'docs.pagesWhole': 'Pages: a whole number, such as 12.',
  'docs.save': 'Save',
  'docs.cancel': 'Cancel',
  'docs.saved': '“{title}”: the changes are saved and recorded in the case history.',
  'docs.remove': 'Remove',
  'docs.removeQuestion': 'Remove “{title}” from the document register? It can be restored from Settings → Recently removed.',
  'docs.removeConfirm': 'Remove',
  'docs.keep': 'Keep it',
  'docs.removed': '“{title}” was removed. It can be restored from Settings → Recently removed.',
  'docs.undo': 'Undo',
  'docs.restored': '“{title}” is back in the document register.',
  'neutralRemoval.button': 'Remove from roster',
  'neutralRemoval.question':
    'Remove {name} from the roster? Someone named on cases is retired instead: they stay on those cases but leave the lists you choose from. Settings → Recently removed brings them back.',
  'neutralRemoval.confirm': 'Remove',
  'neutralRemoval.keep': 'Keep',
  'neutralRemoval.history': 'History',
} as const;

type Keys = keyof typeof docsEn;

export const docsHans: Record<Keys, string> = {
  'docs.edit': '修改',
  'docs.editTitle': '更正“{title}”',
  'docs.tagsHint': '以逗号分隔',
  'docs.pagesWhole': '页数：请填写整数，例如 12。',
  'docs.save': '保存',
  'docs.cancel': '取消',
  'docs.saved': '“{title}”：修改已保存，并记入案件的变更记录。',
  'docs.remove': '移除',
  'docs.removeQuestion': '要从文件登记册中移除“{title}”吗？之后可在“设置 → 最近移除”中恢复。',
  'docs.removeConfirm': '移除',
  'docs.keep': '保留',
  'docs.removed': '已移除“{title}”。可在“设置 → 最近移除”中恢复。',
  'docs.undo': '撤销',
  'docs.restored': '“{title}”已恢复到文件登记册。',
  'neutralRemoval.button': '从名册中移除',
  'neutralRemoval.question':
    '要从名册中移除{name}吗？已有案件列名的人员将改为停用：仍保留在这些案件中，但不再出现在可选列表。可在“设置 → 最近移除”中恢复。',
  'neutralRemoval.confirm': '移除',
  'neutralRemoval.keep': '保留',
  'neutralRemoval.history': '变更记录',
};

export const docsHant: Record<Keys, string> = {
  'docs.edit': '修改',
  'docs.editTitle': '更正「{title}」',
  'docs.tagsHint': '以逗號分隔',
  'docs.pagesWhole': '頁數：請填寫整數，例如 12。',
  'docs.save': '儲存',
  'docs.cancel': '取消',
  'docs.saved': '「{title}」：修改已儲存，並記入案件的變更記錄。',
  'docs.remove': '移除',
  'docs.removeQuestion': '要從文件登記冊中移除「{title}」嗎？之後可在「設定 → 最近移除」中還原。',
  'docs.removeConfirm': '移除',
  'docs.keep': '保留',
  'docs.removed': '已移除「{title}」。可在「設定 → 最近移除」中還原。',
  'docs.undo': '復原',
  'docs.restored': '「{title}」已還原到文件登記冊。',
  'neutralRemoval.button': '從名冊中移除',
  'neutralRemoval.question':
    '要從名冊中移除{name}嗎？已有案件列名的人員將改為停用：仍保留在這些案件中，但不再出現在可選列表。可在「設定 → 最近移除」中還原。',
  'neutralRemoval.confirm': '移除',
  'neutralRemoval.keep': '保留',
  'neutralRemoval.history': '變更記錄',
};
