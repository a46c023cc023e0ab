import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSettings, updateSettings } from '@/utils/adapters/settings/settings-store';

describe('updateSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every change when several are made at once from one page', async () => {
    // Not awaited in between, as when "save" is clicked and another field is edited at once.
    const saves = [
      updateSettings({ updateUrl: 'https://example.org/latest.json' }),
      updateSettings({ updateIntervalHours: 12 }),
      updateSettings({ trustedKeys: ['key'] }),
    ];
    await Promise.all(saves);
    const settings = await loadSettings();
    expect(settings.updateUrl).toBe('https://example.org/latest.json');
    expect(settings.updateIntervalHours).toBe(12);
    expect(settings.trustedKeys).toEqual(['key']);
  });

  it('goes on after a failed write', async () => {
    const failing = updateSettings({ updateIntervalHours: 3 });
    const original = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('quota'));
    await expect(failing).rejects.toThrow('quota');
    fakeBrowser.storage.local.set = original;
    await updateSettings({ updateIntervalHours: 24 });
    expect((await loadSettings()).updateIntervalHours).toBe(24);
  });
});
