import { LetterRoute, letterMetadata, letterStaticParams } from '@/app/_routes/letter-page';

// One page per letter under "glossario/lettera", only once the glossary outgrows a single index page.
export const dynamicParams = false;
export const dynamic = 'error';
export const generateStaticParams = () => letterStaticParams('glossario', false);
export const generateMetadata = letterMetadata;
export default LetterRoute;
