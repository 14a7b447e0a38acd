import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { setLocale } from '../state/preferences';
import { useToasts } from '../state/toasts';

const pwa = vi.hoisted(() => ({ options: null as RegisterSWOptions | null, update: vi.fn(async () => {}) }));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    pwa.options = options;
    return pwa.update;
  },
}));

const { registerServiceWorker } = await import('./serviceWorker');

afterEach(() => {
  useToasts.setState({ toasts: [] });
  pwa.update.mockClear();
  setLocale('en');
});

describe('a new version of Cairn', () => {
  it('never reloads by itself: it offers Reload in a toast that stays until dismissed', () => {
    vi.useFakeTimers();
    registerServiceWorker();
    pwa.options?.onNeedRefresh?.();
    vi.advanceTimersByTime(60_000);
    vi.useRealTimers();

    expect(pwa.update).not.toHaveBeenCalled();
    const [toast] = useToasts.getState().toasts;
    expect(toast?.message).toBe('A new version of Cairn is ready.');
    expect(toast?.action?.label).toBe('Reload');

    toast?.action?.run();
    expect(pwa.update).toHaveBeenCalledWith(true);
  });

  it('speaks the UI language', async () => {
    await setLocale('zh-CN');
    registerServiceWorker();
    pwa.options?.onNeedRefresh?.();
    expect(useToasts.getState().toasts[0]?.message).toBe('Cairn 新版本已就绪。');
    expect(useToasts.getState().toasts[0]?.action?.label).toBe('重新加载');
  });
});
