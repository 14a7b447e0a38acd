// English words of the header's "More" menu and what it opens (the product form, the settings' close
// button); they load with the menu, not at start-up. Registered by i18n/shellMessages.
export const shellEn = {
  'palette.open': 'Commands',
  'locale.label': 'Language',
  'product.new': 'New product',
  'product.rename': 'Rename product',
  'product.nameLabel': 'Product name',
  'product.create': 'Create',
  'product.save': 'Save',
  'board.stageSettings': 'Stages',
  'settings.open': 'Settings',
  'dialog.close': 'Close',
};
