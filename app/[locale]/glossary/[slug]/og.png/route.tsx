import { termImage, termImageParams } from '@/app/_routes/share-image';

// The share image of a term under the "glossary" segment, prerendered at build.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => termImageParams('glossary');

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return termImage(locale, slug);
}
