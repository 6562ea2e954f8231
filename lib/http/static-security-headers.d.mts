export function staticSecurityHeaders(production: boolean): { key: string; value: string }[];
