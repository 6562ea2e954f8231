export function staticSecurityHeaders(production: boolean): { key: string; value: string }[];
export const UNPROXIED_PATHS: string[];
export const UNPROXIED_CSP: string;
