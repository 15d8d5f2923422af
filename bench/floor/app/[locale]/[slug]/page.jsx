import { listEntries, renderEntry } from '../../../content.mjs';

export const dynamicParams = false;

export function generateStaticParams() {
  return listEntries().map(({ locale, slug }) => ({ locale, slug }));
}

export default async function TermPage({ params }) {
  const { locale, slug } = await params;
  const { title, html } = renderEntry(locale, slug);
  return (
    <main>
      <h1>{title}</h1>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </main>
  );
}
