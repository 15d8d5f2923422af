import { TermRoute, termMetadata, termStaticParams } from '@/app/_routes/term-page';

// The term page under the "glossario" segment; which languages use it comes from i18n/routing.ts.
export const dynamicParams = false;
export const dynamic = 'error';
export const generateStaticParams = () => termStaticParams('glossario');
export const generateMetadata = termMetadata;
export default TermRoute;
