/** @jest-environment node */
import { deviceLabel, sessionDevice } from '@/lib/auth/session-device';
import { translator } from '@/lib/i18n/messages';

const UA = {
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  samsung:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
  firefoxMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  operaLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 OPR/112.0.0.0',
  headless: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  chromebook: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  ipad: 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
};

test.each([
  ['chromeAndroid', 'Chrome', 'Android'],
  ['samsung', 'Samsung Internet', 'Android'],
  ['safariIphone', 'Safari', 'iOS'],
  ['chromeIphone', 'Chrome', 'iOS'],
  ['edgeWindows', 'Edge', 'Windows'],
  ['firefoxMac', 'Firefox', 'macOS'],
  ['safariMac', 'Safari', 'macOS'],
  ['operaLinux', 'Opera', 'Linux'],
  ['headless', 'Chrome', 'Linux'],
  ['chromebook', 'Chrome', 'ChromeOS'],
  ['ipad', 'Safari', 'iPadOS'],
] as const)('%s: %s on %s', (name, browser, os) => {
  expect(sessionDevice(UA[name])).toEqual({ browser, os });
});

test('no header, or one that names nothing known, is unknown', () => {
  expect(sessionDevice(null)).toEqual({ browser: null, os: null });
  expect(sessionDevice('curl/8.5.0')).toEqual({ browser: null, os: null });
});

test('the label reads as a phrase in each language', () => {
  expect(deviceLabel({ browser: 'Chrome', os: 'Android' }, translator('ms'))).toBe('Chrome di Android');
  expect(deviceLabel({ browser: 'Chrome', os: 'Android' }, translator('en'))).toBe('Chrome on Android');
  expect(deviceLabel({ browser: null, os: 'Windows' }, translator('ms'))).toBe('Pelayar tidak dikenali di Windows');
  expect(deviceLabel({ browser: 'Firefox', os: null }, translator('en'))).toBe('Firefox');
  expect(deviceLabel({ browser: null, os: null }, translator('en'))).toBe('Unknown browser');
});
