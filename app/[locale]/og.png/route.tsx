import { indexImage } from '@/app/_routes/share-image';
import { routing } from '@/i18n/routing';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return indexImage((await params).locale);
}
