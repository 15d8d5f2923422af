import { wordMatch } from '@/lib/search/match';
import { foldText } from '@/lib/text/normalize';

interface Props {
  text: string;
  /** Folded words the reader typed. */
  terms: string[];
}

/** The text with every word that matched the query in <mark>; React escapes it all. */
export function Highlight({ text, terms }: Props) {
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  return (
    <>
      {parts.map((part, i) => {
        const folded = foldText(part);
        return folded && terms.some((term) => wordMatch(term, folded) > 0) ? <mark key={i}>{part}</mark> : part;
      })}
    </>
  );
}
