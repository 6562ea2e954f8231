import type { Translate } from '@/lib/i18n/messages';

/**
 * The device a session was opened from, as the user would name it ("Chrome" on "Android"), summarised from the
 * User-Agent header for the list at Maklumat Pengguna. Only these two names are stored, not the header: enough
 * to recognise one's own devices, and no fingerprint. A small table, not a parsing library: the list only
 * needs the common browsers and systems, and anything else shows as unknown.
 */
export type SessionDevice = { browser: string | null; os: string | null };

// Order matters: Edge, Opera and Samsung Internet also say "Chrome"; Chrome also says "Safari".
const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\b(?:Headless)?Chrome\/|\bCriOS\/|\bChromium\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

// Android before Linux (Android says "Linux"); iPhone and iPad before macOS (iOS says "like Mac OS X").
const SYSTEMS: readonly [RegExp, string][] = [
  [/\bAndroid\b/, 'Android'],
  [/\biPhone\b|\biPod\b/, 'iOS'],
  [/\biPad\b/, 'iPadOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMacintosh\b|\bMac OS X\b/, 'macOS'],
  [/\bLinux\b|\bX11\b/, 'Linux'],
];

const first = (table: readonly [RegExp, string][], userAgent: string) => table.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;

export function sessionDevice(userAgent: string | null | undefined): SessionDevice {
  // A header can be any length; the names sit near the start.
  const text = (userAgent ?? '').slice(0, 512);
  return { browser: first(BROWSERS, text), os: first(SYSTEMS, text) };
}

/** "Chrome di Android" for the list; the browser alone, or "unknown browser", when the header did not say. */
export function deviceLabel(device: SessionDevice, t: Translate): string {
  const browser = device.browser ?? t('profile.userInfo.sessions.unknownBrowser');
  return device.os ? t('profile.userInfo.sessions.device', { browser, os: device.os }) : browser;
}
