import Link from 'next/link';
import type { ReactNode } from 'react';

export const metadata = { title: 'Starter', description: 'A plain Next.js + Auth.js credentials starter' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header>
          <Link href="/">Home</Link> · <Link href="/about">About</Link> · <Link href="/me">Me</Link>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
