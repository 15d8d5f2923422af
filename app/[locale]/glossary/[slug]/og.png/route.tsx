import { termImage, termImageParams } from '@/app/_routes/share-image';

// The share image of a term under the "glossary" segment: prerendered, or drawn once on first
// request for large glossaries (unknown slugs get a 404 from termImage).
export const dynamic = 'force-static';
export const dynamicParams = true;
export const generateStaticParams = () => termImageParams('glossary');

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return termImage(locale, slug);
}
