import { TermRoute, termMetadata, termStaticParams } from '@/app/_routes/term-page';

// The term page under the "glossary" segment; which languages use it comes from i18n/routing.ts.
export const dynamicParams = false;
export const dynamic = 'error';
export const generateStaticParams = () => termStaticParams('glossary');
export const generateMetadata = termMetadata;
export default TermRoute;
