// WCAG AA for the colour tokens in both themes: every text token on every surface it sits on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../domain/requirements/tagColors';
import { EXPORT_THEMES } from '../domain/roadmap/export/theme';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** The #rrggbb custom properties declared in the first rule whose selector is `selector`. */
function tokensOf(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`tokens.css has no rule for ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]]));
}

const light = tokensOf(':root');
const THEMES = { light, dark: { ...light, ...tokensOf(":root[data-theme='dark']") } };

const SURFACES = ['bg', 'surface', 'surface-2', 'column-bg'];
/** Text (4.5:1) on the surfaces it is used on. */
const TEXT_PAIRS: [text: string, on: string[]][] = [
  ['text', SURFACES],
  ['text-muted', SURFACES],
  ['danger', SURFACES],
  ['overdue', SURFACES],
  ['positive', SURFACES],
  ['caution', SURFACES],
  ['accent', ['bg', 'surface', 'surface-2']],
  ['accent-text', ['accent']],
  ['warning-text', ['warning-bg']],
];
/** Focus rings and the over-the-limit outline against what surrounds them (3:1, WCAG 1.4.11). */
const GRAPHIC_PAIRS: [graphic: string, on: string[]][] = [
  ['focus', SURFACES],
  ['warning-border', SURFACES],
];

function failures(tokens: Record<string, string>, pairs: [string, string[]][], minimum: number): string[] {
  return pairs.flatMap(([fore, backs]) =>
    backs.flatMap((back) => {
      const [a, b] = [tokens[fore], tokens[back]];
      if (!a || !b) return [`--${fore} or --${back} is missing`];
      const ratio = contrastRatio(a, b);
      return ratio >= minimum ? [] : [`--${fore} on --${back}: ${ratio.toFixed(2)}`];
    }),
  );
}

describe.each(Object.entries(THEMES))('the %s theme', (_, tokens) => {
  it('keeps every text token at 4.5:1 on its surfaces', () => {
    expect(failures(tokens, TEXT_PAIRS, 4.5)).toEqual([]);
  });

  it('keeps focus rings and warning borders at 3:1', () => {
    expect(failures(tokens, GRAPHIC_PAIRS, 3)).toEqual([]);
  });
});

/** color-mix(in srgb, lane 22%, base), as roadmap.css tints a lane's colour. */
function laneTint(lane: string, base: string): string {
  const rgb = (hex: string) => [16, 8, 0].map((shift) => (Number.parseInt(hex.slice(1), 16) >> shift) & 255);
  const [l, b] = [rgb(lane), rgb(base)];
  return `#${l
    .map((c, i) =>
      Math.round(c * 0.22 + (b[i] ?? 0) * 0.78)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** A lane may have any colour: the corners of the RGB cube and the palettes' mid tones. */
const LANE_COLORS = ['#000000', '#ffffff', '#ff0000', '#00ff00', '#0000ff', '#ffff00', '#00ffff', '#ff00ff', '#64748b'];

describe.each(Object.entries(THEMES))('roadmap bars in the %s theme', (_, tokens) => {
  it('keep their text at 4.5:1 on the tint of any lane colour', () => {
    const faint = LANE_COLORS.filter(
      (lane) => contrastRatio(tokens['on-lane-tint'] ?? '', laneTint(lane, tokens['lane-tint-base'] ?? '')) < 4.5,
    );
    expect(faint).toEqual([]);
  });
});

describe('the check itself', () => {
  it('sees a pair that is too faint, and a token that is missing', () => {
    expect(failures({ text: '#777777', bg: '#888888' }, [['text', ['bg']]], 4.5)).toHaveLength(1);
    expect(failures({ text: '#000000' }, [['text', ['bg']]], 4.5)).toEqual(['--text or --bg is missing']);
    expect(laneTint('#000000', '#ffffff')).toBe('#c7c7c7');
  });
});

describe.each(Object.entries(EXPORT_THEMES))('the roadmap export’s %s theme', (_, theme) => {
  it('keeps its text at 4.5:1 on its background, bands and alternate lanes', () => {
    const pairs = [theme.text, theme.muted, theme.risk].flatMap((text) =>
      [theme.background, theme.band, theme.laneAlt].map((on) => contrastRatio(text, on)),
    );
    expect(Math.min(...pairs)).toBeGreaterThanOrEqual(4.5);
  });
});
