// The HTML page's stylesheet: readable on a phone (list first-class, timeline
// scrolls sideways, details as a bottom sheet) and on a laptop (details float).
import { EXPORT_FONT_FAMILY, EXPORT_THEMES } from './theme';

export function htmlCss(themeName: 'light' | 'dark'): string {
  const theme = EXPORT_THEMES[themeName];
  return `
:root { color-scheme: ${themeName}; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${EXPORT_FONT_FAMILY}, system-ui; background: ${theme.background}; color: ${theme.text}; line-height: 1.45; }
.page-header, main { padding: 0 16px; max-width: 100%; }
.page-header { padding-top: 16px; }
h1 { font-size: 1.4rem; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 1.05rem; margin: 0; }
h3 { font-size: 0.95rem; margin: 16px 0 6px; display: flex; align-items: center; gap: 8px; overflow-wrap: anywhere; }
.subtitle, .hint, .meta { color: ${theme.muted}; font-size: 0.85rem; margin: 0; }
.toolbar { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin: 16px 0 4px; flex-wrap: wrap; }
.zoom { display: flex; align-items: center; gap: 6px; }
.zoom output { min-width: 5.5em; text-align: center; font-variant-numeric: tabular-nums; }
button { font: inherit; color: inherit; }
.zoom button { width: 44px; height: 44px; border-radius: 8px; border: 1px solid ${theme.grid}; background: ${theme.band}; font-size: 1.3rem; cursor: pointer; }
.zoom button:disabled { opacity: 0.4; cursor: default; }
button:focus-visible, .item:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.scroller { overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid ${theme.grid}; border-radius: 8px; margin-top: 8px; }
.figure svg { display: block; }
.item { cursor: pointer; }
.item:hover rect, .item:focus rect, .item:hover path, .item:focus path { filter: brightness(1.12); }
.list ul { list-style: none; margin: 0; padding: 0; }
.list li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; padding: 8px 0; border-bottom: 1px solid ${theme.grid}; }
.list-item { background: none; border: 0; padding: 4px 0; text-align: start; cursor: pointer; display: inline-flex; align-items: center; gap: 8px; font-weight: 600; min-height: 32px; overflow-wrap: anywhere; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 3px; flex: none; }
.list { padding-bottom: 96px; }
.details { position: fixed; right: 16px; bottom: 16px; width: min(380px, calc(100vw - 32px)); max-height: 70vh; overflow: auto; background: ${theme.band}; color: ${theme.text}; border: 1px solid ${theme.grid}; border-radius: 12px; padding: 16px; box-shadow: 0 12px 32px rgb(15 23 42 / 0.3); }
.details[hidden] { display: none; }
.details h2 { border-left: 6px solid; padding-left: 8px; margin-right: 40px; overflow-wrap: anywhere; }
.details dl { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 12px 0; }
.details dt { color: ${theme.muted}; }
.details dd { margin: 0; overflow-wrap: anywhere; }
.details .description { white-space: pre-wrap; overflow-wrap: anywhere; }
.details ul { padding-left: 1.2em; }
.details-close { position: absolute; top: 8px; right: 8px; width: 40px; height: 40px; border: 0; background: none; font-size: 1.5rem; cursor: pointer; }
@media (max-width: 600px) {
  .details { right: 0; bottom: 0; width: 100%; border-radius: 12px 12px 0 0; max-height: 60vh; }
  h1 { font-size: 1.2rem; }
}
@media print { .zoom, .hint, .details { display: none; } .scroller { overflow: visible; border: 0; } }
`;
}
