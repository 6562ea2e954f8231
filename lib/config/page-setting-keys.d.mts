export declare const PAGE_SETTING_KEYS: readonly [
  'GENERATED_PASSWORD_TTL_HOURS',
  'PASSWORD_MAX_LENGTH',
  'LOCKOUT_THRESHOLD',
  'LOCKOUT_BASE_MINUTES',
  'LOCKOUT_MAX_HOURS',
  'STAFF_EMAIL_DOMAIN',
];
export type PageSettingKey = (typeof PAGE_SETTING_KEYS)[number];
export declare function builtPageSettings(source?: Record<string, string | undefined>): string;
