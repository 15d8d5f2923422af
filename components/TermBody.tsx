interface Props {
  /** HTML produced and sanitized by lib/content/markdown.ts; never raw editor input. */
  html: string;
}

export function TermBody({ html }: Props) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
