import { LetterPage, letterMetadata, letterStaticParams } from './letter-page';

// One page per letter, only once the glossary outgrows a single index page.
export const dynamicParams = false;
export const dynamic = 'error';
export const generateStaticParams = () => letterStaticParams(false);
export const generateMetadata = letterMetadata;
export default LetterPage;
