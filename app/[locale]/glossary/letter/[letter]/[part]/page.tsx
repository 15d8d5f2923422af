import { LetterPage, letterMetadata, letterStaticParams } from '../letter-page';

// Parts 2, 3… of a letter with more terms than one page carries.
export const dynamicParams = false;
export const dynamic = 'error';
export const generateStaticParams = () => letterStaticParams(true);
export const generateMetadata = letterMetadata;
export default LetterPage;
