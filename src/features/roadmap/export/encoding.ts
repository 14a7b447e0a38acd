// Byte encodings the exports need, from the platform rather than by hand.

/** Base64 of bytes (font files for data: URLs). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a 1 MB font into one call would overflow the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** SHA-256 of a UTF-8 string, base64: what a Content-Security-Policy hash source wants. */
export async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return bytesToBase64(new Uint8Array(digest));
}
