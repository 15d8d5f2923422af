import { jsonLdScript } from '@/lib/seo';

interface Props {
  data: object;
}

/** Structured data for search engines; escaped so content cannot close the script. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />;
}
