/** Where the import goes: a product it creates, or the product on screen. */
export type TargetChoice = 'new' | 'existing';
