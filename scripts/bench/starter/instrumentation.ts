// Empty on purpose: see proxy.ts.
export function register() {}
