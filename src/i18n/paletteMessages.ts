// Imported for its effect by the command palette, which loads on first use.
import { paletteEn } from './messages/palette.en';
import { paletteZhCN } from './messages/palette.zh-CN';
import { addMessages } from './translate';

addMessages({ en: paletteEn, 'zh-CN': paletteZhCN });
