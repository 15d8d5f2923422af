import { glossaryRootRedirect, glossaryRootParams } from '@/app/_routes/glossary-root';

// The bare "glossario" segment: a prerendered permanent redirect to the language's index.
export const dynamicParams = false;
export const generateStaticParams = () => glossaryRootParams('glossario');
export default glossaryRootRedirect;
