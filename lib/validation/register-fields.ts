/**
 * The registration form's types and fields, without zod: the form in the browser needs these names, not
 * the validator (register.ts), which would add about 30 KiB gzipped to /daftar.
 */
export const USER_TYPES = ['individu', 'syarikat', 'institusi', 'kakitangan'] as const;
export type RegisterUserType = (typeof USER_TYPES)[number];
export type RegisterIdType = 'mykad' | 'ssm_new' | 'ssm_old' | 'institusi' | 'staff';

export function isUserType(value: unknown): value is RegisterUserType {
  return typeof value === 'string' && (USER_TYPES as readonly string[]).includes(value);
}

/** The fields each type's form shows, in order. */
export const REGISTER_FIELDS = {
  individu: ['name', 'mykad', 'email'],
  syarikat: ['name', 'ssm', 'email'],
  institusi: ['name', 'regNo', 'email'],
  kakitangan: ['name', 'staffNo', 'email'],
} as const satisfies Record<RegisterUserType, readonly string[]>;
export type RegisterField = 'name' | 'mykad' | 'ssm' | 'regNo' | 'staffNo' | 'email';
