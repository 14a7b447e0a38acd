// English strings of the command palette (loads on first use); spread into the catalogue by i18n/paletteMessages.
export const paletteEn = {
  'palette.title': 'Commands',
  'palette.search': 'Type a command',
  'palette.results': 'Matching commands',
  'palette.none': 'No command matches “{query}”',
  'palette.hint': 'Enter runs it · ↑↓ choose · Esc closes',
  'palette.cmd.board': 'Go to the board',
  'palette.cmd.roadmap': 'Go to the roadmap',
  'palette.cmd.filter': 'Filter requirements on the board',
  'palette.cmd.add': 'Add a requirement to the first stage',
  'palette.cmd.export': 'Export the roadmap',
  'palette.cmd.undo': 'Undo the last change',
  'palette.cmd.redo': 'Redo',
  'palette.cmd.settings': 'Open settings (data, backup, sample product)',
  'palette.cmd.stages': 'Edit stages and WIP limits',
  'palette.cmd.english': 'Switch the language to English',
  'palette.cmd.chinese': 'Switch the language to Chinese (中文)',
} as const;
