// Colours of the exported timeline, light and dark (the app's tokens, fixed
// here because an exported file cannot read CSS custom properties).
export interface ExportTheme {
  background: string;
  text: string;
  muted: string;
  grid: string;
  band: string;
  laneAlt: string;
  today: string;
  risk: string;
}

export const EXPORT_THEMES: Record<'light' | 'dark', ExportTheme> = {
  light: {
    background: '#ffffff',
    text: '#1e293b',
    muted: '#526071',
    grid: '#d5dbe3',
    band: '#f1f5f9',
    laneAlt: '#f8fafc',
    today: '#c2410c',
    risk: '#b42318',
  },
  dark: {
    background: '#0f172a',
    text: '#e2e8f0',
    muted: '#a5b1c2',
    grid: '#334155',
    band: '#1e293b',
    laneAlt: '#152033',
    today: '#fb923c',
    risk: '#fca5a5',
  },
};

/** The embedded export font first; the rest only matters when it is missing. */
export const EXPORT_FONT_FAMILY = "'Noto Sans SC', 'Cairn Export Sans', sans-serif";

/** Colours go into attributes and CSS unquoted-safe only when they are plain #rrggbb. */
export function safeColor(value: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(value) ? value : '#64748b';
}
