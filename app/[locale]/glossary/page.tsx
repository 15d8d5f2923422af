import { glossaryRootRedirect, glossaryRootParams } from '@/app/_routes/glossary-root';

// The bare "glossary" segment: a prerendered permanent redirect to the language's index.
export const dynamicParams = false;
export const generateStaticParams = () => glossaryRootParams('glossary');
export default glossaryRootRedirect;
