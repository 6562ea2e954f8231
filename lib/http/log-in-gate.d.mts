import type { ServerResponse } from 'node:http';

export const RETRY_AFTER_SECONDS: number;
export function isLogInRequest(method: string | undefined, url: string | undefined): boolean;
export function logInLimit(env?: Record<string, string | undefined>): number;
export function logInGate(limit: number): { enter(): boolean; leave(): void; readonly inFlight: number };
export function busyAnswer(res: ServerResponse, wantsPage: boolean): void;
