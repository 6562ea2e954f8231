/** @jest-environment node */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { renderEmail, TEMPLATES, type TemplateName, type TemplateProps } from '@/lib/mail/templates';

/**
 * docs/glossary.md is the contract: every text a user reads — the message files, the e-mails as rendered, the
 * content pages — uses its "Use" forms and none of its "Not" forms; page titles are in capitals; the same
 * error on two forms reads the same. The glossary's tables are parsed here, so adding a row there is enough.
 */

type Lang = 'ms' | 'en';
type Rule = { use: string[]; not: string[] };
type Text = { where: string; lang: Lang; text: string };

const root = process.cwd();
const read = (...parts: string[]) => readFileSync(path.join(root, ...parts), 'utf8');

function glossary(): Record<Lang, Rule[]> {
  const rules: Record<Lang, Rule[]> = { ms: [], en: [] };
  for (const line of read('docs', 'glossary.md').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const lang = cells[1];
    if (lang !== 'ms' && lang !== 'en') continue;
    const terms = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    rules[lang].push({ use: terms(cells[2]), not: terms(cells[3]) });
  }
  return rules;
}

const rules = glossary();

/** The keys the glossary's "Exempt message keys" list names: quoted data, such as CSV column names. */
function exemptKeys(): ((key: string) => boolean)[] {
  const section =
    read('docs', 'glossary.md')
      .split(/^## Exempt message keys$/m)[1]
      ?.split(/^## /m)[0] ?? '';
  return [...section.matchAll(/^- `([\w.*]+)`/gm)].map(([, pattern]) =>
    pattern.endsWith('.*') ? (key: string) => key.startsWith(pattern.slice(0, -1)) : (key: string) => key === pattern,
  );
}
const exempt = exemptKeys();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whole words, case-sensitive: "ID" is not found in "IDENTITY", nor "baru" in "Pembaharuan".
const word = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'gu');

/** The "Not" forms found in a text, after placeholders, addresses and the "Use" forms are taken out. */
function offences(lang: Lang, text: string): string[] {
  let rest = text
    .replace(/\{[^}]*\}/g, ' ') // {maskedId}, ICU placeholders, Markdown heading ids {#…}
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ');
  const use = rules[lang].flatMap((r) => r.use).sort((a, b) => b.length - a.length);
  for (const term of use) rest = rest.replace(word(term), ' ');
  return rules[lang].flatMap((r) => r.not).filter((term) => word(term).test(rest));
}

function leaves(value: unknown, prefix: string): [string, unknown][] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

function messages(lang: Lang): Record<string, string> {
  const all: Record<string, string> = {};
  for (const file of readdirSync(path.join(root, 'messages', lang)).filter((f) => f.endsWith('.json'))) {
    // admin-factor.json holds the adminFactor namespace (lib/i18n/messages.ts).
    const namespace = file.replace(/\.json$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    for (const [key, value] of leaves(JSON.parse(read('messages', lang, file)), namespace)) {
      if (typeof value === 'string') all[key] = value;
    }
  }
  return all;
}

const ms = messages('ms');
const en = messages('en');

function messageTexts(): Text[] {
  return [
    ...Object.entries(ms).map(([key, text]) => ({ key, where: `messages/ms ${key}`, lang: 'ms' as const, text })),
    ...Object.entries(en).map(([key, text]) => ({ key, where: `messages/en ${key}`, lang: 'en' as const, text })),
  ]
    .filter(({ key }) => !exempt.some((matches) => matches(key)))
    .map(({ where, lang, text }) => ({ where, lang, text }));
}

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    return statSync(path.join(root, rel)).isDirectory() ? filesUnder(rel) : [rel];
  });
}

function contentTexts(): Text[] {
  const texts: Text[] = [];
  for (const file of filesUnder('content')) {
    const md = /(?:^|\/)(ms|en)\.md$/.exec(file);
    if (md) {
      // Comments are for editors; link targets are addresses, not words.
      const text = read(file)
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/\]\([^)]*\)/g, '] ');
      text.split('\n').forEach((line, i) => texts.push({ where: `${file}:${i + 1}`, lang: md[1] as Lang, text: line }));
    } else if (file.endsWith('.json')) {
      // Bilingual content keeps each language under an "ms" / "en" key (services.json, st-contact.json).
      for (const [key, value] of leaves(JSON.parse(read(file)), '')) {
        const lang = key.split('.').pop();
        if ((lang === 'ms' || lang === 'en') && typeof value === 'string') texts.push({ where: `${file} ${key}`, lang, text: value });
      }
    }
  }
  return texts;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
const decode = (s: string) =>
  s.replace(/&(#x?[\da-f]+|\w+);/gi, (m, e: string) =>
    e.startsWith('#') ? String.fromCodePoint(Number(e.startsWith('#x') ? `0${e.slice(1)}` : e.slice(1))) : (entities[e] ?? m),
  );

/**
 * The text of a rendered e-mail, by language: each element's `lang` (the English half carries lang="en").
 * Texts built as "Malay / English" (preview, button label) are split at the " / ".
 */
function emailTexts(name: string, html: string): Text[] {
  const texts: Text[] = [];
  const stack: { tag: string; lang: Lang }[] = [{ tag: '', lang: 'ms' }];
  const body = html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const [token] of body.matchAll(/<[^>]+>|[^<]+/g)) {
    if (token.startsWith('</')) {
      stack.pop();
    } else if (token.startsWith('<')) {
      if (/\/>$/.test(token) || /^<(br|hr|img|meta|link|input|!)/i.test(token)) continue;
      const lang = /\slang="(ms|en)"/.exec(token)?.[1] as Lang | undefined;
      stack.push({ tag: token, lang: lang ?? stack[stack.length - 1].lang });
    } else {
      const text = decode(token).trim();
      if (!text) continue;
      const lang = stack[stack.length - 1].lang;
      const [first, second] = text.split(' / ');
      if (lang === 'ms' && second !== undefined) {
        texts.push({ where: `emails/${name}`, lang: 'ms', text: first }, { where: `emails/${name}`, lang: 'en', text: second });
      } else {
        texts.push({ where: `emails/${name}`, lang, text });
      }
    }
  }
  return texts;
}

function report(texts: Text[]): string[] {
  return texts.flatMap(({ where, lang, text }) => offences(lang, text).map((term) => `${where}: "${term}" in "${text.slice(0, 120)}"`));
}

describe('the glossary (docs/glossary.md)', () => {
  it('has rules for both languages, and a short list of exempt keys', () => {
    expect(rules.ms.length).toBeGreaterThan(3);
    expect(rules.en.length).toBeGreaterThan(2);
    expect(exempt.length).toBeGreaterThan(0);
    expect(exempt.some((matches) => matches('register.errors.emailFormat'))).toBe(false);
  });

  it('catches a form outside it, and lets its exceptions through', () => {
    expect(offences('ms', 'Sila tetapkan katalaluan baharu melalui e-mel anda.')).toEqual(['e-mel', 'baharu']);
    expect(offences('ms', 'Masukkan kata laluan anda.')).toEqual(['kata laluan']);
    expect(offences('ms', 'Pilih Tukar Kata Laluan pada menu.')).toEqual([]);
    expect(offences('ms', 'Permohonan Pembaharuan Pendaftaran Pepasangan Baru')).toEqual([]);
    expect(offences('en', 'Enter your user id and email.')).toEqual(expect.arrayContaining(['email', 'user id']));
    expect(offences('en', 'Enter your User ID. We sent it to {email} at ali@example.com.')).toEqual([]);
    expect(offences('en', 'NEW IDENTITY CARD (MYKAD)')).toEqual([]);
  });

  it('is followed by every message file', () => {
    expect(report(messageTexts())).toEqual([]);
  });

  it('is followed by every content file', () => {
    const texts = contentTexts();
    expect(texts.some((t) => t.where.includes('help'))).toBe(true);
    expect(report(texts)).toEqual([]);
  });

  it('is followed by every e-mail, as rendered, in both its languages', async () => {
    const texts: Text[] = [];
    for (const name of Object.keys(TEMPLATES) as TemplateName[]) {
      const component = TEMPLATES[name].component as unknown as { PreviewProps: TemplateProps[TemplateName] };
      const { html, subject } = await renderEmail(name, component.PreviewProps);
      const [subjectMs, subjectEn] = subject.split(' / ');
      texts.push(
        { where: `emails/${name} subject`, lang: 'ms', text: subjectMs },
        { where: `emails/${name} subject`, lang: 'en', text: subjectEn },
        ...emailTexts(name, html),
      );
    }
    expect(texts.filter((t) => t.lang === 'en').length).toBeGreaterThan(20);
    expect(report(texts)).toEqual([]);
  });
});

describe('page titles', () => {
  // Titles the pages name with a literal key: the h1 (<PageTitle>{t('…')}) and the browser tab (title: t('…')).
  const literal = filesUnder('app')
    .filter((f) => f.endsWith('.tsx'))
    .flatMap((f) => [...read(f).matchAll(/(?:<PageTitle>\{t\(|return \{ title: t\()'([\w.]+)'\)/g)].map((m) => m[1]));
  // Titles a page picks at run time, and the error pages, which state the problem as a sentence (glossary).
  const dynamic = [
    ...Object.keys(ms).filter((k) => k.startsWith('profile.titles.')),
    'profile.emailChange.title',
    'profile.emailCancel.title',
    'auth.login.title',
    'common.home.title',
    'register.success.pageTitle',
  ];
  const exceptions = ['auth.dashboard.title', 'common.notFound.title'];
  const keys = [...new Set([...literal, ...dynamic])].filter((k) => !exceptions.includes(k)).sort();

  it('finds the pages', () => {
    expect(keys).toEqual(expect.arrayContaining(['register.title', 'content.contact.title', 'recovery.change.title']));
  });

  it.each(keys)('%s is in capitals in both languages', (key) => {
    for (const [lang, text] of [
      ['ms', ms[key]],
      ['en', en[key]],
    ] as const) {
      expect({ lang, text }).toEqual({ lang, text: text.toLocaleUpperCase(lang) });
    }
  });

  it.each(filesUnder('content').filter((f) => f.endsWith('.md')))('the title of %s is in capitals', (file) => {
    const title = /^title: (.+)$/m.exec(read(file))?.[1] ?? '';
    expect(title).not.toBe('');
    expect(title).toBe(title.toLocaleUpperCase());
  });
});

describe('one wording per error', () => {
  // The same field on different forms: [the keys whose values must be the same].
  const same = [
    ['register.errors.emailRequired', 'recovery.request.errors.emailRequired', 'profile.errors.emailRequired'],
    ['register.errors.emailFormat', 'recovery.request.errors.emailFormat', 'profile.errors.emailFormat'],
    ['register.errors.nameRequired', 'profile.errors.nameRequired'],
    ['register.errors.nameChars', 'profile.errors.nameChars'],
    ['register.errors.nameLength', 'profile.errors.nameLength'],
    ['register.errors.nameHidden', 'profile.errors.nameHidden'],
    ['register.errors.nameMarks', 'profile.errors.nameMarks'],
    ['register.errors.mykadFormat', 'profile.errors.contactMyKadFormat'],
    ['register.errors.mykadDate', 'profile.errors.contactMyKadDate'],
    ['register.errors.mykadPlace', 'profile.errors.contactMyKadPlace'],
    ['auth.login.errors.loginIdRequired', 'recovery.request.errors.loginIdRequired'],
    ['recovery.change.errors.currentWrong', 'profile.errors.currentPasswordWrong'],
    ['recovery.change.errors.locked', 'profile.errors.currentPasswordLocked'],
    ['auth.securityQuestion.errors.answerRequired', 'recovery.question.errors.required'],
  ];

  it.each(same)('%s reads the same on every form', (...keys: string[]) => {
    for (const catalogue of [ms, en]) {
      const values = keys.map((k) => catalogue[k]);
      expect(values.every((v) => typeof v === 'string')).toBe(true);
      expect(new Set(values).size).toBe(1);
    }
  });

  it('ends every Malay and English error with a full stop', () => {
    const errors = [...Object.entries(ms), ...Object.entries(en)].filter(([k]) => /\.errors\./.test(k) || k.startsWith('captcha.errors.'));
    expect(errors.length).toBeGreaterThan(50);
    expect(errors.filter(([, v]) => !/[.?!]$/.test(v.trim())).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });
});
