// Kept apart from tagColors: the board loads that one at start-up, the picker loads this with the panel.

/** A palette for the tag colour picker: distinct hues that all pass with black or white text. */
export const TAG_PALETTE = [
  '#e03131',
  '#f08c00',
  '#2f9e44',
  '#1971c2',
  '#7048e8',
  '#c2255c',
  '#0c8599',
  '#495057',
] as const;
