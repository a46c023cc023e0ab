import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, siteOf } from '../../../utils/settings/settings';

describe('settings', () => {
  it('falls back field by field: one damaged value does not reset the others', () => {
    const settings = parseSettings({ paused: 'yes', markStyle: 'background', disabledSites: ['a.fr', 42], updateIntervalHours: -3 });
    expect(settings.paused).toBe(false);
    expect(settings.markStyle).toBe('background');
    expect(settings.disabledSites).toEqual(['a.fr']);
    expect(settings.updateIntervalHours).toBe(DEFAULT_SETTINGS.updateIntervalHours);
    expect(parseSettings(undefined)).toEqual(parseSettings({}));
    expect(parseSettings('garbage')).toEqual(parseSettings({}));
  });

  it('names sites the way a reader thinks of them', () => {
    expect(siteOf('https://www.DSIH.fr/article/1')).toBe('dsih.fr');
    expect(siteOf('http://localhost:8080/x')).toBe('localhost');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('is active unless paused or turned off for the site', () => {
    const settings = parseSettings({ disabledSites: ['dsih.fr'] });
    expect(isActiveOn(settings, 'https://www.dsih.fr/a')).toBe(false);
    expect(isActiveOn(settings, 'https://ticsante.com/a')).toBe(true);
    expect(isActiveOn({ ...settings, paused: true }, 'https://ticsante.com/a')).toBe(false);
  });
});
