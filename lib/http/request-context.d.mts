import type { AsyncLocalStorage } from 'node:async_hooks';

export declare const REQUEST_ID_HEADER: string;
export declare function requestContextStore(): AsyncLocalStorage<{ requestId: string }>;
export declare function currentRequestId(): string | undefined;
export declare function chooseRequestId(incoming: string | string[] | undefined, trustProxy: boolean): string;
export declare function routeOf(url: string | undefined): string;
export declare const PREFETCH_HEADER: string;
export declare function markPrefetch(headers: Record<string, string | string[] | undefined>): void;
