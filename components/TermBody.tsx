import { Fragment, type ReactNode } from 'react';

interface Props {
  /** HTML produced and sanitized by lib/content/markdown.ts; never raw editor input. */
  html: string;
  /** What goes in each calculator slot the body's HTML has, by the calculator's name. */
  calculator?: (name: string) => ReactNode;
}

// lib/content/markdown.ts leaves `<div data-calculator="name"></div>` where an editor placed one.
const SLOT = /<div data-calculator="([a-z-]+)"><\/div>/;

export function TermBody({ html, calculator }: Props) {
  if (!calculator || !SLOT.test(html)) return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
  // split with a capturing group alternates HTML and slot names: html, name, html, name, html.
  const pieces = html.split(new RegExp(SLOT.source, 'g'));
  return (
    <div className="prose">
      {pieces.map((piece, i) =>
        i % 2 === 0 ? (
          <div key={i} className="prose-part" dangerouslySetInnerHTML={{ __html: piece }} />
        ) : (
          <Fragment key={i}>{calculator(piece)}</Fragment>
        ),
      )}
    </div>
  );
}
