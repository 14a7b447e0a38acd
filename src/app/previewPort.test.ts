import { describe, expect, it } from 'vitest';
import config from '../../vite.config';
import { DEFAULT_PORT, previewPort } from './previewPort';

describe('previewPort', () => {
  it('serves on 4321 when PORT is unset or empty', () => {
    expect(previewPort({})).toBe(DEFAULT_PORT);
    expect(previewPort({ PORT: '' })).toBe(4321);
  });

  it('honours PORT from the environment', () => {
    expect(previewPort({ PORT: '8080' })).toBe(8080);
    expect(previewPort({ PORT: ' 5000 ' })).toBe(5000);
  });

  it('refuses a PORT that is not a port, naming it', () => {
    for (const bad of ['abc', '0', '65536', '80.5', '-1', '8080x'])
      expect(() => previewPort({ PORT: bad })).toThrow(`not "${bad}"`);
  });

  it('is what vite preview (npm start) listens on, on 127.0.0.1 and nowhere else', () => {
    expect(config.preview).toMatchObject({ port: previewPort(process.env), strictPort: true, host: '127.0.0.1' });
  });
});
