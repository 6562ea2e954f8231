import { NextResponse } from 'next/server';

/*
 * A plain starter has no proxy: this one runs on no page. It exists because Next.js 16.4 with a Turbopack root above
 * the app's folder (the starter resolves its packages from the project's node_modules) takes the root's proxy.ts
 * and instrumentation.ts — the project's — when the app has none of its own. instrumentation.ts likewise.
 */
export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: ['/__no-page'] };
