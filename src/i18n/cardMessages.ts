// Imported for its effect by the card extras and the score labels, which load on demand.
import { cardsEn } from './messages/cards.en';
import { cardsZhCN } from './messages/cards.zh-CN';
import { addMessages } from './translate';

addMessages({ en: cardsEn, 'zh-CN': cardsZhCN });
