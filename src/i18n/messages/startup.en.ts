// English strings shown only when Cairn cannot start; loaded with that screen (see i18n/startupMessages.ts).
export const startupEn = {
  'app.storageError':
    'Cairn cannot open its local database: {message}. Close other Cairn tabs or leave private browsing, then reload.',
  'startup.error.full':
    "This device's storage is full, so Cairn could not start. Nothing saved before is lost. Free disk space on this device, or remove other websites' data in the browser's settings, then press Try again.",
  'startup.error.label': 'Cairn could not start',
} as const;
