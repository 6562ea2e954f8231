import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { users } from '@/db/schema';
import { canonicalLoginId } from '@/lib/accounts/login-id';
import { emailProblem } from '@/lib/validation/fields';
import { accentInsensitivePattern, nameSearchText } from './name-pattern';

/**
 * Pengguna's search (issue 10): by id (exact, canonical, the unique index), by part of a name (case- and
 * accent-insensitive, the trigram index: ./name-pattern.ts) or by e-mail (exact, lower case, users_email_idx).
 * 25 a page, offset pages up to MAX_PAGE so no request reads deep into a large result: past that the
 * officer narrows the search. One row more than a page is read to know whether a next page exists.
 */
export const SEARCH_PAGE_SIZE = 25;
export const MAX_PAGE = 40;
export const SEARCH_QUERY_MAX = 100;
export const NAME_QUERY_MIN = 3;

export const SEARCH_KINDS = ['id', 'name', 'email'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export type SearchInput = { kind: SearchKind; q: string; page: number };
export type SearchProblem = 'required' | 'tooShort' | 'tooLong' | 'email';

export type AccountRow = {
  id: string;
  loginId: string;
  name: string;
  email: string;
  userType: (typeof users.$inferSelect)['userType'];
  status: (typeof users.$inferSelect)['status'];
  role: (typeof users.$inferSelect)['role'];
};

/** The search as the URL gives it (?jenis=&q=&halaman=): anything unknown or malformed falls back, never throws. */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): SearchInput | null {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
  const kindRaw = one(params.jenis);
  const kind: SearchKind = (SEARCH_KINDS as readonly string[]).includes(kindRaw) ? (kindRaw as SearchKind) : 'name';
  const q = one(params.q);
  if (!('q' in params)) return null;
  const pageNumber = Number.parseInt(one(params.halaman), 10);
  const page = Number.isFinite(pageNumber) ? Math.min(Math.max(pageNumber, 1), MAX_PAGE) : 1;
  return { kind, q: q.slice(0, SEARCH_QUERY_MAX * 4), page };
}

/** Why a search cannot run, or null; the form shows it beside the field. */
export function searchProblem({ kind, q }: SearchInput): SearchProblem | null {
  // Control characters and the like go: they cannot be in an id, a name or an address.
  const text = q.replace(/\p{C}/gu, '').trim();
  if (!text) return 'required';
  if ([...text].length > SEARCH_QUERY_MAX) return 'tooLong';
  if (kind === 'id' && !canonicalLoginId(text)) return 'required';
  if (kind === 'name' && [...nameSearchText(text)].length < NAME_QUERY_MIN) return 'tooShort';
  if (kind === 'email' && emailProblem(text.toLowerCase())) return 'email';
  return null;
}

/** `truncated`: more rows exist past the last page an officer may open: the search must be narrowed. */
export type SearchResult = { rows: AccountRow[]; page: number; hasMore: boolean; truncated: boolean };

export async function searchAccounts(executor: Executor, input: SearchInput): Promise<SearchResult> {
  const text = input.q.replace(/\p{C}/gu, '').trim();
  const page = Math.min(Math.max(Math.trunc(input.page) || 1, 1), MAX_PAGE);
  const where =
    input.kind === 'id'
      ? eq(users.loginId, canonicalLoginId(text))
      : input.kind === 'email'
        ? eq(users.email, text.toLowerCase())
        : sql`${users.name} ~ ${accentInsensitivePattern(text)}`;
  const rows = await executor
    .select({
      id: users.id,
      loginId: users.loginId,
      name: users.name,
      email: users.email,
      userType: users.userType,
      status: users.status,
      role: users.role,
    })
    .from(users)
    .where(where)
    .orderBy(asc(users.name), asc(users.id))
    .limit(SEARCH_PAGE_SIZE + 1)
    .offset((page - 1) * SEARCH_PAGE_SIZE);
  const more = rows.length > SEARCH_PAGE_SIZE;
  return { rows: rows.slice(0, SEARCH_PAGE_SIZE), page, hasMore: more && page < MAX_PAGE, truncated: more && page === MAX_PAGE };
}
