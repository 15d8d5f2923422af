import { LetterRoute, letterMetadata, letterStaticParams } from '@/app/_routes/letter-page';

// Parts 2, 3… of a letter with more terms than one page carries.
export const dynamicParams = false;
export const dynamic = 'error';
export const generateStaticParams = () => letterStaticParams('glossary', true);
export const generateMetadata = letterMetadata;
export default LetterRoute;
