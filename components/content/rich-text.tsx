import Link from 'next/link';
import type { Inline } from '@/lib/content/document';

const LINK = 'text-link';

/** One line of a content file: text, bold and links — only elements, never HTML from the file. */
export function RichText({ content }: { content: Inline[] }) {
  return content.map((part, index) => {
    if (part.type === 'strong')
      return (
        <strong key={index} className="font-semibold text-gray-900">
          {part.text}
        </strong>
      );
    if (part.type === 'link') {
      // Site paths go through next/link (client navigation when JavaScript runs); the rest are plain anchors.
      return part.href.startsWith('/') ? (
        <Link key={index} href={part.href} className={LINK}>
          {part.text}
        </Link>
      ) : (
        <a key={index} href={part.href} className={LINK}>
          {part.text}
        </a>
      );
    }
    return part.text;
  });
}
